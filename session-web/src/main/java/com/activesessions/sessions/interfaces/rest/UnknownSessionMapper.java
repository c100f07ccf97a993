package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A session that is not the caller's is answered as one that does not exist. */
@Provider
public class UnknownSessionMapper implements ExceptionMapper<UnknownSessionException> {

    @Override
    public Response toResponse(UnknownSessionException exception) {
        return Problem.response(Response.Status.NOT_FOUND, "No such session.");
    }
}
