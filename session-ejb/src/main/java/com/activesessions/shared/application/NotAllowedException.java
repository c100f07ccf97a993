package com.activesessions.shared.application;

import jakarta.ejb.ApplicationException;

/** The caller may not see what they asked for. Pages answer it as if the page were not there. */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException() {
        super("Not allowed");
    }
}
