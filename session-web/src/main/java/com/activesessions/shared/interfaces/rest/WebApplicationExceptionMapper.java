package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * Every error JAX-RS raises itself (unknown path, method not allowed, unreadable JSON, wrong
 * content type…) is answered as a problem document too, so that a client parses one shape. A
 * number parameter that is not a number ({@code ?limit=ten}) is 400 naming it, not the 404 that
 * JAX-RS gives a query parameter it cannot convert.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private ResourceInfo resource;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        // JAX-RS answers a query parameter it cannot convert with 404, the conversion's exception as the cause
        if (exception.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()
                && exception.getCause() != null) {
            String parameter = unreadableNumber();
            if (parameter != null) {
                return Problem.invalid(parameter, parameter + " is a whole number.");
            }
        }
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

    /** The operation's first number query parameter whose value is not one; null if none. */
    private String unreadableNumber() {
        Method operation = resource.getResourceMethod();
        if (operation == null) {
            return null;
        }
        for (Parameter parameter : operation.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            Class<?> type = parameter.getType();
            String value = query == null ? null : uri.getQueryParameters().getFirst(query.value());
            try {
                if (value != null && (type == int.class || type == Integer.class)) {
                    Integer.parseInt(value);
                } else if (value != null && (type == long.class || type == Long.class)) {
                    Long.parseLong(value);
                }
            } catch (NumberFormatException e) {
                return query.value();
            }
        }
        return null;
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
