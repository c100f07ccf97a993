package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.application.SessionSummary;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session as the API shows it.
 *
 * @param id its public id
 * @param device browser, version, operating system and device class, in one line
 * @param deviceGroup the device without the browser's version: sessions with the same one are one device, as the
 *     Active Sessions page groups them; absent when the browser could not be read (a device of its own)
 * @param ipAddress the address it signed in from, as people write it (IPv6 compressed)
 * @param location the approximate place of that address; absent when unknown or no IP database is configured
 * @param status ACTIVE or ENDED
 * @param createdAt when it signed in
 * @param lastAccessAt its last request, as of the latest flush
 * @param endedAt when it ended; absent while active
 * @param endReason why it ended, in words; absent while active
 * @param current whether it is the session making this call
 */
@Schema(name = "Session", description = "A signed-in session of an account.")
public record SessionJson(
        @Schema(example = "Xq3v0H1cT0uY2c7lU0mM1w", description = "Public id: random, never the session cookie")
        String id,

        @Schema(example = "Firefox 132 on Ubuntu · Desktop") String device,

        @Schema(
                nullable = true,
                example = "Firefox on Ubuntu · Desktop",
                description = "The device without the browser's version: sessions with the same one are one device"
                        + " (same browser, operating system and device class), as the Active Sessions page groups"
                        + " them; absent when the browser could not be read, such a session being a device of its own")
        String deviceGroup,

        @Schema(example = "203.0.113.7") String ipAddress,

        @Schema(
                nullable = true,
                example = "Berlin, Germany",
                description = "Approximate place of the address: city and country, the country alone, or Local"
                        + " network; absent when unknown")
        String location,

        @Schema(enumeration = {"ACTIVE", "ENDED"}) String status,
        @Schema(example = "2026-11-25T09:12:44Z") Instant createdAt,
        @Schema(example = "2026-11-25T10:02:10Z") Instant lastAccessAt,

        @Schema(nullable = true, example = "2026-11-25T10:05:00Z")
        Instant endedAt,

        @Schema(nullable = true, example = "Ended from another device")
        String endReason,

        @Schema(description = "True for the session making this call")
        boolean current) {

    static SessionJson of(SessionSummary session) {
        return new SessionJson(
                session.publicId(),
                session.device(),
                session.deviceKind() == null ? null : session.deviceKind().describe(),
                session.ipAddress(),
                session.location(),
                session.status().name(),
                session.createdAt(),
                session.lastAccessAt(),
                session.endedAt(),
                session.endReason() == null ? null : session.endReason().label(),
                session.current());
    }
}
