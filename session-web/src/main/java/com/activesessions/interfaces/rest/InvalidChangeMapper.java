package com.activesessions.interfaces.rest;

import com.activesessions.application.InvalidChangeException;
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
