package com.activesessions.sessions.application;

import jakarta.ejb.ApplicationException;

/** The account has as many sessions as its cap allows. The refusal is recorded, so no rollback. */
@ApplicationException(rollback = false)
public class SessionCapReachedException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionCapReachedException(int cap) {
        super("This account already has " + cap + " active sessions, the most allowed");
    }
}
