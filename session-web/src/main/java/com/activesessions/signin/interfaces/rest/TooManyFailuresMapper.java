package com.activesessions.signin.interfaces.rest;

import com.activesessions.shared.interfaces.rest.Problem;
import com.activesessions.signin.application.TooManyFailuresException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Too many wrong passwords or codes from this address for this account: 429 with
 * {@code Retry-After}, and the password was not even checked.
 */
@Provider
public class TooManyFailuresMapper implements ExceptionMapper<TooManyFailuresException> {

    /** The answer as the API's description names it, on each operation that checks a password. */
    public static final String DESCRIPTION = "Too many wrong passwords or codes for this account from this address:"
            + " nothing was checked or changed; try again after the seconds in Retry-After";

    @Override
    public Response toResponse(TooManyFailuresException exception) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, exception.getMessage()))
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Math.max(1, exception.retryAfter().toSeconds()))
                .build();
    }
}
