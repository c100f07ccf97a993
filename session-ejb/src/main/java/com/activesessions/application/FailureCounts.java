package com.activesessions.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failures counted per key (an e-mail address, an IP address) in a window that opens at the
 * key's first failure: once a key has as many failures as the limit, it is refused until its
 * window closes, and its next failure opens a new window. Windows that have closed are dropped
 * whenever many keys are held, so a stream of made-up keys cannot fill the memory.
 */
final class FailureCounts {

    /** How many keys may be held before closed windows are swept out. */
    static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant opened, int failures) {

        boolean closedAt(Instant now, Duration length) {
            return !now.isBefore(opened.plus(length));
        }
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one failure of the key. */
    void add(String key, Instant now, Duration window) {
        windows.compute(
                key,
                (k, open) -> open == null || open.closedAt(now, window)
                        ? new Window(now, 1)
                        : new Window(open.opened(), open.failures() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(open -> open.closedAt(now, window));
        }
    }

    /**
     * How long the key stays refused, if it has reached the limit in its window.
     *
     * @param limit the failures a key may have in one window; zero or less refuses nothing
     */
    Optional<Duration> refusal(String key, Instant now, int limit, Duration window) {
        Window open = windows.get(key);
        if (limit <= 0 || open == null || open.failures() < limit || open.closedAt(now, window)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, open.opened().plus(window)));
    }

    void clear(String key) {
        windows.remove(key);
    }

    int size() {
        return windows.size();
    }
}
