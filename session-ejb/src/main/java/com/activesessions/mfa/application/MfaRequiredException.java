package com.activesessions.mfa.application;

import jakarta.ejb.ApplicationException;

/** MFA cannot be turned off: the account's organisation requires it. */
@ApplicationException(rollback = true)
public class MfaRequiredException extends Exception {

    private static final long serialVersionUID = 1L;

    public MfaRequiredException() {
        super("Your organisation requires two-factor authentication");
    }
}
