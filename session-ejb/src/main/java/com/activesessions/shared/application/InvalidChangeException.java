package com.activesessions.shared.application;

import jakarta.ejb.ApplicationException;

/** An administrator's change that cannot be made as asked; the message says why, for a person. */
@ApplicationException(rollback = true)
public class InvalidChangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidChangeException(String message) {
        super(message);
    }
}
