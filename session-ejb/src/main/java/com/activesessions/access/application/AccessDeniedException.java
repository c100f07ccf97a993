package com.activesessions.access.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller lacks the permission an action needs. The refusal is recorded in the activity log
 * before this is thrown, so the transaction is not rolled back. The REST API answers 403, a page
 * shows the message.
 */
@ApplicationException(rollback = false)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("You do not have permission to do that.");
    }
}
