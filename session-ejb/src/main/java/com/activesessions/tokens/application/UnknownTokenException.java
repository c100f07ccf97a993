package com.activesessions.tokens.application;

import jakarta.ejb.ApplicationException;

/** The caller has no token of that id: someone else's is answered the same way as none. */
@ApplicationException(rollback = false)
public class UnknownTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownTokenException() {
        super("No such token");
    }
}
