package com.activesessions.signin.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * A password or code was not checked at all: the {@link CredentialThrottle} refuses this account
 * from this address for a while. Nothing changed; the refusal is recorded.
 */
@ApplicationException(rollback = false)
public class TooManyFailuresException extends Exception {

    public static final String MESSAGE = "Too many wrong passwords or codes. Try again in %d minutes.";

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyFailuresException(Duration retryAfter) {
        super(MESSAGE.formatted(minutes(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one: what a person is told to wait. */
    public static long minutes(Duration wait) {
        return Math.max(1, wait.plusSeconds(59).toMinutes());
    }
}
