package com.activesessions.application;

import jakarta.ejb.ApplicationException;

/**
 * Sign-up was asked for an e-mail address that already has an account. Nothing is stored. The
 * message is the one a person is shown: it does not say whose the address is.
 */
@ApplicationException(rollback = true)
public class EmailInUseException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "This e-mail address cannot be used. If it is yours, log in instead.";

    public EmailInUseException() {
        super(MESSAGE);
    }
}
