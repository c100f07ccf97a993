package com.activesessions.mfa.interfaces.rest;

import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.signin.interfaces.rest.StepUpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A step that needs the account's second factor got none, or a wrong one: 403, and nothing changed. */
@Provider
public class WrongCodeMapper implements ExceptionMapper<WrongCodeException> {

    static final String DETAIL = "Your account has two-factor authentication: this step needs a current code of"
            + " your authenticator app, or a recovery code, in the " + StepUpHeaders.CODE
            + " header; it was missing or wrong, so nothing was changed.";

    @Override
    public Response toResponse(WrongCodeException exception) {
        return Problem.response(Response.Status.FORBIDDEN, DETAIL);
    }
}
