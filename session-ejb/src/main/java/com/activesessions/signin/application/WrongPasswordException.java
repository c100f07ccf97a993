package com.activesessions.signin.application;

import jakarta.ejb.ApplicationException;

/** A password asked again, to confirm a sensitive step, was wrong. The attempt is recorded. */
@ApplicationException(rollback = false)
public class WrongPasswordException extends Exception {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The password is not correct");
    }
}
