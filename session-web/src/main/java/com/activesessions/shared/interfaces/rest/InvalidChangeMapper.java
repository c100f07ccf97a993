package com.activesessions.shared.interfaces.rest;

import com.activesessions.shared.application.InvalidChangeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change that cannot be made as asked: 400, with why. */
@Provider
public class InvalidChangeMapper implements ExceptionMapper<InvalidChangeException> {

    @Override
    public Response toResponse(InvalidChangeException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage());
    }
}
