package com.activesessions.mfa.application;

import jakarta.ejb.ApplicationException;

/** An authentication or recovery code was wrong, or already used. The attempt is recorded. */
@ApplicationException(rollback = false)
public class WrongCodeException extends Exception {

    private static final long serialVersionUID = 1L;

    public WrongCodeException() {
        super("The code is not valid");
    }
}
