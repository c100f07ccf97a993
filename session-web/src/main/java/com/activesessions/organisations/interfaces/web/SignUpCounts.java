package com.activesessions.organisations.interfaces.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sign-ups counted per client address, in a window that opens at the address's first sign-up:
 * once an address has had as many as the limit, the next is refused until its window closes.
 * Windows that have closed are dropped whenever many addresses are held, so a stream of addresses
 * cannot fill the memory.
 *
 * <p>The same counting as the sign-in throttle's {@code FailureCounts}, kept apart while that class
 * changes; the two should become one.
 */
final class SignUpCounts {

    /** How many addresses may be held before closed windows are swept out. */
    static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant opened, int signUps) {

        boolean closedAt(Instant now, Duration length) {
            return !now.isBefore(opened.plus(length));
        }
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Counts a sign-up from the address, unless the address has had the limit in its window.
     *
     * @param limit the sign-ups an address may make in one window; zero or less refuses none
     * @return empty if counted, else how long until the address may sign up again
     */
    Optional<Duration> take(String address, Instant now, int limit, Duration window) {
        AtomicReference<Duration> refused = new AtomicReference<>();
        windows.compute(address, (key, open) -> {
            if (open == null || open.closedAt(now, window)) {
                return new Window(now, 1);
            }
            if (limit > 0 && open.signUps() >= limit) {
                refused.set(Duration.between(now, open.opened().plus(window)));
                return open;
            }
            return new Window(open.opened(), open.signUps() + 1);
        });
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(open -> open.closedAt(now, window));
        }
        return Optional.ofNullable(refused.get());
    }

    int size() {
        return windows.size();
    }
}
