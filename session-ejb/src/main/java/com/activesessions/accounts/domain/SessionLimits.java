package com.activesessions.accounts.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session may live: ended after {@code idleTimeout} without a request, and after
 * {@code lifetime} in any case.
 *
 * @param idleTimeout the longest time between two requests
 * @param lifetime the longest time from sign-in
 */
public record SessionLimits(Duration idleTimeout, Duration lifetime) {

    public SessionLimits {
        Objects.requireNonNull(idleTimeout, "An idle time-out is required");
        Objects.requireNonNull(lifetime, "A lifetime is required");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("Session time limits must be positive");
        }
    }
}
