package com.activesessions.access.interfaces.rest;

import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An account that is not of the caller's organisation is answered as one that does not exist. */
@Provider
public class UnknownAccountMapper implements ExceptionMapper<UnknownAccountException> {

    @Override
    public Response toResponse(UnknownAccountException exception) {
        return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
}
