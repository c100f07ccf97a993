package com.activesessions.shared.application;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A setting read from MicroProfile Config at most once per {@link #EVERY}, for the settings the
 * tracking filter asks for on every request (the tracking switch, the trusted proxies): reading the
 * config each time was the largest part of the filter's CPU time (bench/RESULTS.md, item 1). A change
 * with {@code asadmin set-config-property} still applies without a redeploy, within that second
 * (after Payara's own config cache).
 */
public final class RefreshedSetting<T> {

    /** How stale the value may get. */
    public static final Duration EVERY = Duration.ofSeconds(1);

    private final Clock clock;
    private final Supplier<T> read;
    private volatile Reading<T> last;

    private record Reading<T>(T value, long untilMillis) {}

    public RefreshedSetting(Clock clock, Supplier<T> read) {
        this.clock = clock;
        this.read = read;
    }

    public T get() {
        long now = clock.millis();
        Reading<T> reading = last;
        if (reading == null || now >= reading.untilMillis()) {
            reading = new Reading<>(read.get(), now + EVERY.toMillis());
            last = reading;
        }
        return reading.value();
    }
}
