package com.activesessions.infrastructure.security;

import jakarta.ejb.ApplicationException;

/**
 * The server is hashing as many passwords as it may at once ({@link PasswordCheckCapacity}), and no
 * turn came free in time: nothing was checked. The caller is asked to come back in a moment. An
 * application exception, so that it reaches the web layer as itself, not wrapped by the EJB.
 */
@ApplicationException(rollback = true)
public class PasswordChecksBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PasswordChecksBusyException() {
        super("The server is checking as many passwords as it may at once; try again in a moment");
    }
}
