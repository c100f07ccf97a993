package com.activesessions.access.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller named an account that does not exist or is of another organisation. Both look the
 * same from outside; an attempt on another organisation's account is recorded, so the
 * transaction is not rolled back.
 */
@ApplicationException(rollback = false)
public class UnknownAccountException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException() {
        super("No such user in your organisation.");
    }
}
