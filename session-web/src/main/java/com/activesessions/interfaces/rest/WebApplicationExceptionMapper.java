package com.activesessions.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error JAX-RS raises itself (unknown path, method not allowed, unreadable JSON, wrong
 * content type…) is answered as a problem document too, so that a client parses one shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        Response.Status status = Response.Status.fromStatusCode(response.getStatus());
        Response.ResponseBuilder problem = status == null
                ? Response.status(response.getStatus())
                : Response.fromResponse(Problem.response(status, detailOf(status)));
        response.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    private static String detailOf(Response.Status status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This address answers in application/json only.";
            case UNAUTHORIZED -> "Sign in, or send a personal API token as Authorization: Bearer <token>.";
            case BAD_REQUEST -> "The request could not be read.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
