package com.activesessions.interfaces.rest;

import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.domain.model.TrackedSession;
import java.time.Instant;

/**
 * A session as the API shows it.
 *
 * @param id its public id
 * @param device browser, version, operating system and device class, in one line
 * @param ipAddress the address it signed in from
 * @param status ACTIVE or ENDED
 * @param createdAt when it signed in
 * @param lastAccessAt its last request, as of the latest flush
 * @param current whether it is the session making this call
 */
public record SessionJson(
        String id,
        String device,
        String ipAddress,
        String status,
        Instant createdAt,
        Instant lastAccessAt,
        boolean current) {

    static SessionJson of(TrackedSession session, SessionIdHash current) {
        return new SessionJson(
                session.getPublicId(),
                session.getDevice().describe(),
                session.getIpAddress(),
                session.getStatus().name(),
                session.getCreatedAt(),
                session.getLastAccessAt(),
                session.hasHash(current));
    }
}
