package com.activesessions.tokens.interfaces.rest;

import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.tokens.application.UnknownTokenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A token that is not the caller's is answered as one that does not exist. */
@Provider
public class UnknownTokenMapper implements ExceptionMapper<UnknownTokenException> {

    @Override
    public Response toResponse(UnknownTokenException exception) {
        return Problem.response(Response.Status.NOT_FOUND, "No such token.");
    }
}
