package com.activesessions.access.interfaces.rest;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller's role lacks the permission: 403, and the refusal is recorded. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Problem.response(Response.Status.FORBIDDEN, exception.getMessage());
    }
}
