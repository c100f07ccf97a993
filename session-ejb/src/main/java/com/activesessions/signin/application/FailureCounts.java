package com.activesessions.signin.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failures counted per key (an account and address, an account, an address) with a backoff: once
 * a key has as many failures as its limit, it is refused for the base wait after its last failure,
 * and every further failure doubles the wait, up to a day. So a guesser gets the limit at once, then
 * one try after 15 minutes, 30, 60… instead of a fresh limit every window.
 *
 * <p>Below its limit, a key counts in a window that opens at its first failure and lasts one first
 * wait, so that an address shared by many (an office behind one NAT) whose typos trickle in never
 * adds them up to its limit. A key that reached it is kept a day after its last failure, so that
 * waiting out one refusal does not buy a fresh limit. Forgotten keys are dropped whenever many keys are held,
 * so a stream of made-up keys cannot fill the memory.
 *
 * <p>Not Bucket4j, unlike the sign-up throttle: a token bucket refills at a fixed rate, so each try past
 * the limit costs the same wait, whereas here each one doubles it. With the defaults (10, then 15
 * minutes) a guesser gets 12 tries in the first hour and 16 in the first day; a bucket of 10 that
 * matched the hour (a token every 30 minutes) would allow 58 a day, and one that matched the day (a
 * token every 4 hours) would allow no try after the tenth for 4 hours. Bucket4j would need its
 * configuration replaced at every failure and the count past the limit kept beside it: this class again.
 */
public final class FailureCounts {

    /** How many keys may be held before forgotten ones are swept out. */
    static final int SWEEP_ABOVE = 10_000;

    /** The longest wait, and how long a key that reached its limit is remembered. */
    static final Duration LONGEST_WAIT = Duration.ofDays(1);

    /**
     * @param limit the failures a key may have before it is refused; zero or less refuses nothing
     * @param firstWait how long the key is refused after reaching the limit
     */
    record Rule(int limit, Duration firstWait) {

        /** The wait after the given number of failures (at least the limit). */
        Duration waitAfter(int failures) {
            int doublings = Math.min(failures - limit, 20);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        }

        boolean reached(int failures) {
            return limit > 0 && failures >= limit;
        }
    }

    private record Failures(int count, Instant opened, Instant last) {

        boolean forgottenAt(Instant now, Rule rule) {
            return rule.reached(count)
                    ? !now.isBefore(last.plus(LONGEST_WAIT))
                    : !now.isBefore(opened.plus(rule.firstWait()));
        }
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** Counts one failure of the key. */
    void add(String key, Instant now, Rule rule) {
        failures.compute(
                key,
                (k, counted) -> counted == null || counted.forgottenAt(now, rule)
                        ? new Failures(1, now, now)
                        : new Failures(counted.count() + 1, counted.opened(), now));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(counted -> counted.forgottenAt(now, rule));
        }
    }

    /** How long the key stays refused, if it has reached the limit and its wait is not over. */
    Optional<Duration> refusal(String key, Instant now, Rule rule) {
        Failures counted = failures.get(key);
        if (counted == null || !rule.reached(counted.count())) {
            return Optional.empty();
        }
        Instant until = counted.last().plus(rule.waitAfter(counted.count()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void clear(String key) {
        failures.remove(key);
    }

    int size() {
        return failures.size();
    }
}
