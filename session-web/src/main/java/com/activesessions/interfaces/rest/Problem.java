package com.activesessions.interfaces.rest;

import jakarta.ws.rs.core.Response;

/**
 * An error as RFC 9457 describes it, sent as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem; about:blank when the status says it all
 * @param title the status in words
 * @param status the HTTP status
 * @param detail what went wrong, for a person
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}
