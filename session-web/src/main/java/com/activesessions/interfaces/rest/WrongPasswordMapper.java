package com.activesessions.interfaces.rest;

import com.activesessions.application.WrongPasswordException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class WrongPasswordMapper implements ExceptionMapper<WrongPasswordException> {

    @Override
    public Response toResponse(WrongPasswordException exception) {
        return Problem.response(Response.Status.FORBIDDEN, "The password is wrong; nothing was ended.");
    }
}
