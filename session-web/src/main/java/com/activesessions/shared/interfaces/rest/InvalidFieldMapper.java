package com.activesessions.shared.interfaces.rest;

import com.activesessions.shared.application.InvalidFieldException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidFieldMapper implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException exception) {
        return Problem.invalid(exception.field(), exception.getMessage());
    }
}
