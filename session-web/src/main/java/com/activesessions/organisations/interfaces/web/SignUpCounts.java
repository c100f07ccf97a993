package com.activesessions.organisations.interfaces.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Sign-ups counted per client address, in a window that opens at the address's first sign-up:
 * once an address has had as many as the limit, the next is refused until its window closes.
 *
 * <p>Each address has a Bucket4j bucket of as many sign-ups as the limit, refilled whole when its
 * window has passed (an interval refill); the bucket answers how long until the refill. A bucket
 * that is full again is replaced by a new one at the address's next sign-up, so that its window
 * opens then, as it always has, rather than on the old window's beat. When the limit or the window
 * changes, an address's sign-ups so far count against the new limit in a window that opens then.
 * Full buckets are dropped whenever many addresses are held, so a stream of addresses cannot fill
 * the memory.
 */
final class SignUpCounts {

    /** How many addresses may be held before full buckets are swept out. */
    static final int SWEEP_ABOVE = 10_000;

    /** An address's bucket and the limits it was made for. */
    private record Held(int limit, Duration window, LocalBucket bucket) {

        boolean full() {
            return bucket.getAvailableTokens() >= limit;
        }

        long used() {
            return limit - bucket.getAvailableTokens();
        }
    }

    private final ConcurrentMap<String, Held> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    /** @param now the time, from the application's clock */
    SignUpCounts(Supplier<Instant> now) {
        this.time = new Time(now);
    }

    /**
     * Counts a sign-up from the address, unless the address has had the limit in its window.
     *
     * @param limit the sign-ups an address may make in one window; zero or less refuses none
     * @return empty if counted, else how long until the address may sign up again
     */
    Optional<Duration> take(String address, int limit, Duration window) {
        if (limit <= 0) {
            return Optional.empty();
        }
        AtomicReference<ConsumptionProbe> probe = new AtomicReference<>();
        buckets.compute(address, (key, held) -> {
            Held current = current(held, limit, window);
            probe.set(current.bucket().tryConsumeAndReturnRemaining(1));
            return current;
        });
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(Held::full);
        }
        return probe.get().isConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.get().getNanosToWaitForRefill()));
    }

    int size() {
        return buckets.size();
    }

    private Held current(Held held, int limit, Duration window) {
        if (held == null || held.full()) {
            return newBucket(limit, window);
        }
        if (held.limit() != limit || !held.window().equals(window)) {
            Held changed = newBucket(limit, window);
            changed.bucket().consumeIgnoringRateLimits(Math.min(held.used(), limit));
            return changed;
        }
        return held;
    }

    private Held newBucket(int limit, Duration window) {
        LocalBucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillIntervally(limit, window)
                        .build())
                .withCustomTimePrecision(time)
                .build();
        return new Held(limit, window, bucket);
    }

    /** The application's clock as Bucket4j reads time, so that a test can set it. */
    private record Time(Supplier<Instant> now) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant instant = now.get();
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
