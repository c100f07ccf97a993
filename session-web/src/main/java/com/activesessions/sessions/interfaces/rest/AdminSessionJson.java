package com.activesessions.sessions.interfaces.rest;

import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.EndReason;
import java.time.Instant;

/**
 * A session as the administrators' API shows it.
 *
 * @param id its public id
 * @param userId the public id of its account
 * @param user the account's e-mail address
 * @param device browser, version, operating system and device class, in one line
 * @param ipAddress the address it signed in from, as people write it
 * @param location the approximate place of that address, or null if unknown
 * @param status ACTIVE or ENDED
 * @param endReason why it ended, or null while active
 * @param createdAt when it signed in
 * @param lastAccessAt its last request, as of the latest flush
 * @param endedAt when it ended, or null
 */
public record AdminSessionJson(
        String id,
        String userId,
        String user,
        String device,
        String ipAddress,
        String location,
        String status,
        String endReason,
        Instant createdAt,
        Instant lastAccessAt,
        Instant endedAt) {

    static AdminSessionJson of(SessionSummary session) {
        EndReason reason = session.endReason();
        return new AdminSessionJson(
                session.publicId(),
                session.owner().publicId(),
                session.owner().email(),
                session.device(),
                session.ipAddress(),
                session.location(),
                session.status().name(),
                reason == null ? null : reason.name(),
                session.createdAt(),
                session.lastAccessAt(),
                session.endedAt());
    }
}
