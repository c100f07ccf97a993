package com.activesessions.organisations.interfaces.rest;

import com.activesessions.organisations.application.EmailInUseException;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An e-mail address that has an account already, without saying whose. */
@Provider
public class EmailInUseMapper implements ExceptionMapper<EmailInUseException> {

    @Override
    public Response toResponse(EmailInUseException exception) {
        return Problem.response(Response.Status.CONFLICT, "That e-mail address already has an account.");
    }
}
