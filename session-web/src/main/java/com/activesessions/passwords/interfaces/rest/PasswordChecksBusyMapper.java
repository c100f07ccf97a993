package com.activesessions.passwords.interfaces.rest;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.shared.interfaces.rest.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A password the server had no turn to check (ending the other sessions with {@code X-Password},
 * adding a user): 503 with {@code Retry-After}, what a script and a load balancer understand as
 * "come back in a moment". Nothing was checked, and nothing changed.
 */
@Provider
public class PasswordChecksBusyMapper implements ExceptionMapper<PasswordChecksBusyException> {

    /** The answer as the API's description names it, on each operation that checks a password. */
    public static final String DESCRIPTION = "The server is checking as many passwords as it may at once: nothing was"
            + " checked or changed; try again after the seconds in Retry-After";

    @Override
    public Response toResponse(PasswordChecksBusyException exception) {
        return Response.fromResponse(
                        Problem.response(Response.Status.SERVICE_UNAVAILABLE, PasswordChecksBusyException.MESSAGE))
                .header(HttpHeaders.RETRY_AFTER, PasswordChecksBusyException.RETRY_AFTER.toSeconds())
                .build();
    }
}
