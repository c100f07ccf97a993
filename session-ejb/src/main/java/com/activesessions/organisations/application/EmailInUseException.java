package com.activesessions.organisations.application;

import jakarta.ejb.ApplicationException;

/**
 * An administrator asked to add a user with an e-mail address that already has an account. Nothing
 * is stored. The message is the one a person is shown: it does not say whose the address is.
 * (Sign-up never says so: it answers a taken address as a free one, see {@link SignUpService}.)
 */
@ApplicationException(rollback = true)
public class EmailInUseException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "This e-mail address cannot be used. If it is yours, log in instead.";

    public EmailInUseException() {
        super(MESSAGE);
    }
}
