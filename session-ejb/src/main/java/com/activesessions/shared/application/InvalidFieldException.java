package com.activesessions.shared.application;

import jakarta.ejb.ApplicationException;

/** A value a person or a script gave is outside what the service accepts; names the field. */
@ApplicationException(rollback = true)
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
