package com.activesessions.sessions.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller named a session that does not exist, has ended, or is not theirs. All three look
 * the same from outside, so that a public id tells nothing about other accounts. The refusal is
 * recorded, so the transaction is not rolled back.
 */
@ApplicationException(rollback = false)
public class UnknownSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownSessionException() {
        super("No such session");
    }
}
