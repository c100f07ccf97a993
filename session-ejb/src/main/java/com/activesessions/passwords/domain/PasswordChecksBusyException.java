package com.activesessions.passwords.domain;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * The server is hashing as many passwords as it may at once ({@link PasswordHashes}; the bound is
 * infrastructure's {@code PasswordCheckCapacity}), and no turn came free in time: nothing was
 * checked, and the transaction rolls back, so nothing changed. The caller is asked to come back in
 * {@link #RETRY_AFTER}, in the words of {@link #MESSAGE}, which every page and API answer that
 * meets this exception repeats. An application exception, so that it reaches the web layer as
 * itself, not wrapped by the EJB.
 */
@ApplicationException(rollback = true)
public class PasswordChecksBusyException extends RuntimeException {

    /** What the person who typed the password is told: the one wording of every busy answer. */
    public static final String MESSAGE = "Many people are signing in right now. Please try again in a few seconds.";

    /** How long a sign-in turned away is asked to wait before it tries again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final long serialVersionUID = 1L;

    public PasswordChecksBusyException() {
        super(MESSAGE);
    }
}
