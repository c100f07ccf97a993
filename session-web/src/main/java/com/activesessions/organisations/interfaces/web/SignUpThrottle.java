package com.activesessions.organisations.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Bounds the sign-ups from one client address in a window. Sign-up answers a taken address as a
 * free one, so it cannot be used to learn who has an account; this keeps it from being used to
 * make accounts, or to notify owners, in bulk. A refused sign-up makes nothing.
 *
 * <p>Counted in memory, per server. The limits are read from MicroProfile Config at each sign-up:
 *
 * <ul>
 *   <li>{@value #MAX_PER_ADDRESS} (default 10; behind a proxy every sign-up comes from its address
 *       until trusted proxies are configured; 0 turns the limit off)
 *   <li>{@value #WINDOW_SECONDS} (default 3600)
 * </ul>
 */
@ApplicationScoped
public class SignUpThrottle {

    public static final String MAX_PER_ADDRESS = "activesessions.sign-up.max-per-address";
    public static final String WINDOW_SECONDS = "activesessions.sign-up.window-seconds";

    private static final int DEFAULT_MAX_PER_ADDRESS = 10;
    private static final long DEFAULT_WINDOW_SECONDS = 3600;

    private final Config config;
    private final SignUpCounts counts;

    /** For the container's proxy. */
    protected SignUpThrottle() {
        this.config = null;
        this.counts = null;
    }

    @Inject
    SignUpThrottle(Config config, Clock clock) {
        this.config = config;
        this.counts = new SignUpCounts(clock::instant);
    }

    /**
     * Counts a sign-up about to be made from the address, if it may be made.
     *
     * @return empty if it may go ahead, else how long until the address may sign up again
     */
    public Optional<Duration> admit(String address) {
        int limit = config.getOptionalValue(MAX_PER_ADDRESS, Integer.class).orElse(DEFAULT_MAX_PER_ADDRESS);
        long seconds = config.getOptionalValue(WINDOW_SECONDS, Long.class).orElse(DEFAULT_WINDOW_SECONDS);
        return counts.take(String.valueOf(address), limit, Duration.ofSeconds(Math.max(1, seconds)));
    }
}
