package com.activesessions.activity.interfaces.rest;

import com.activesessions.activity.application.ActivityEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the activity log, as the API shows it. */
@Schema(name = "ActivityEvent", description = "One event of the activity log.")
public record ActivityJson(
        @Schema(example = "1042") long id,
        @Schema(example = "2026-11-25T09:12:44Z") Instant occurredAt,
        @Schema(example = "SIGNED_IN") String type,
        @Schema(example = "Signed in") String label,

        @Schema(nullable = true, example = "alice@example.com")
        String user,

        @Schema(nullable = true, description = "The public id of the session it happened in")
        String sessionId,

        @Schema(nullable = true, example = "203.0.113.7") String ipAddress,

        @Schema(
                nullable = true,
                example = "Berlin, Germany",
                description = "Approximate place of the address when the event was recorded")
        String location,

        @Schema(nullable = true, example = "Firefox 132 on Ubuntu · Desktop")
        String device,

        @Schema(nullable = true) String details) {

    static ActivityJson of(ActivityEntry event) {
        return new ActivityJson(
                event.id(),
                event.occurredAt(),
                event.type().name(),
                event.type().label(),
                event.user(),
                event.sessionPublicId(),
                event.ipAddress(),
                event.location(),
                event.device(),
                event.details());
    }
}
