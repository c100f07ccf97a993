package com.activesessions.passwords.infrastructure;

import jakarta.ejb.ApplicationException;

/**
 * The server is hashing as many passwords as it may at once ({@link PasswordCheckCapacity}), and no
 * turn came free in time: nothing was checked, and the transaction rolls back, so nothing changed.
 * The caller is asked to come back in a moment, in the words of {@link #MESSAGE}, which every page
 * and API answer that meets this exception repeats. An application exception, so that it reaches
 * the web layer as itself, not wrapped by the EJB.
 */
@ApplicationException(rollback = true)
public class PasswordChecksBusyException extends RuntimeException {

    /** What the person who typed the password is told: the one wording of every busy answer. */
    public static final String MESSAGE = "Many people are signing in right now. Please try again in a few seconds.";

    private static final long serialVersionUID = 1L;

    public PasswordChecksBusyException() {
        super(MESSAGE);
    }
}
