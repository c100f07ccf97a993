package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or not of the shape the endpoint reads, is the client's mistake: 400,
 * without the parser's words, which would name the server's classes.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "The body is not JSON of the shape this endpoint reads.");
    }
}
