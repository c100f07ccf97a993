package com.activesessions.shared.interfaces.rest;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it, sent as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem; about:blank when the status says it all
 * @param title the status in words
 * @param status the HTTP status
 * @param detail what went wrong, for a person
 * @param field the request parameter or header at fault, for a validation error; else absent
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 describes it (application/problem+json).")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Not Found") String title,
        @Schema(example = "404") int status,
        @Schema(example = "No such session.") String detail,
        @Schema(example = "scope", nullable = true) String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return of(status, detail, null);
    }

    /** A 400 that names the parameter or header at fault. */
    public static Response invalid(String field, String detail) {
        return of(Response.Status.BAD_REQUEST, detail, field);
    }

    private static Response of(Response.Status status, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field))
                .build();
    }
}
