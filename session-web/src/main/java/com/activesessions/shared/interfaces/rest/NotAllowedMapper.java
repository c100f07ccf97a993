package com.activesessions.shared.interfaces.rest;

import com.activesessions.shared.application.NotAllowedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The organisation's activity or usage asked for by a caller whose role does not reach it. */
@Provider
public class NotAllowedMapper implements ExceptionMapper<NotAllowedException> {

    @Override
    public Response toResponse(NotAllowedException exception) {
        return Problem.response(Response.Status.FORBIDDEN, "Your role does not reach your organisation's records.");
    }
}
