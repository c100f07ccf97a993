package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.BadRequestException;

/** A request parameter or header outside what the endpoint accepts: answered 400, naming it. */
public class InvalidParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String field, String detail) {
        super(Problem.invalid(field, detail));
    }
}
