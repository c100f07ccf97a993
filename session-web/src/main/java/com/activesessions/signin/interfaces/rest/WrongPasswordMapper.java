package com.activesessions.signin.interfaces.rest;

import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A step that needs the password again got none, or a wrong one: 403, and nothing changed. */
@Provider
public class WrongPasswordMapper implements ExceptionMapper<WrongPasswordException> {

    static final String DETAIL = "This step needs your password again, in the " + StepUpHeaders.PASSWORD
            + " header; it was missing or wrong, so nothing was changed.";

    @Override
    public Response toResponse(WrongPasswordException exception) {
        return Problem.response(Response.Status.FORBIDDEN, DETAIL);
    }
}
