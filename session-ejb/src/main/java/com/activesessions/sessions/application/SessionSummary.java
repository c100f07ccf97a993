package com.activesessions.sessions.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.places.domain.IpAddresses;
import com.activesessions.sessions.domain.DeviceKind;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.SessionStatus;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One session as the pages and the API show it, to its owner, a support agent or an
 * administrator: read from the record inside the transaction, its account with it, and never the
 * hash of its session id.
 *
 * @param publicId the handle it is shown and ended by
 * @param owner its account
 * @param device browser, version, operating system and device class, in one line
 * @param deviceKind which device it is, as sessions are grouped; null if its browser could not be read
 * @param userAgent the User-Agent it signed in with (cut)
 * @param ipAddress the address it signed in from, as people write it
 * @param location the approximate place of that address ("Berlin, Germany", "Local network"); null if unknown
 * @param status whether it is active
 * @param endReason why it ended; null while active
 * @param createdAt when it signed in
 * @param lastAccessAt its last request, as of the latest flush
 * @param expiresAt when it ends unless used: idle time-out or lifetime, whichever comes first
 * @param endedAt when it ended; null while active
 * @param flagged whether a request of it came with another browser or from another network
 * @param signedInWithMfa whether it signed in with a second factor (or showed one by turning MFA on)
 * @param current whether it is the session of the caller who asked
 */
public record SessionSummary(
        String publicId,
        Owner owner,
        String device,
        DeviceKind deviceKind,
        String userAgent,
        String ipAddress,
        String location,
        SessionStatus status,
        EndReason endReason,
        Instant createdAt,
        Instant lastAccessAt,
        Instant expiresAt,
        Instant endedAt,
        boolean flagged,
        boolean signedInWithMfa,
        boolean current) {

    /**
     * The account a session belongs to.
     *
     * @param publicId the account's public id
     * @param email its e-mail address
     * @param name how its holder is called
     */
    public record Owner(String publicId, String email, String name) {}

    /**
     * @param current the session of the caller who asked, or null if the caller has none or it
     *     does not matter
     */
    public static SessionSummary of(TrackedSession session, SessionIdHash current) {
        Account account = session.getAccount();
        return new SessionSummary(
                session.getPublicId(),
                new Owner(account.getPublicId(), account.getEmail(), account.getName()),
                session.getDevice().describe(),
                session.getDevice().kind().orElse(null),
                session.getDevice().getUserAgent(),
                IpAddresses.readable(session.getIpAddress()),
                session.getLocation(),
                session.getStatus(),
                session.getEndReason(),
                session.getCreatedAt(),
                session.getLastAccessAt(),
                session.expiresAt(),
                session.getEndedAt(),
                session.getHijackSignalAt() != null,
                session.isSignedInWithMfa(),
                session.hasHash(current));
    }

    /** The summaries of the sessions, in their order; see {@link #of}. */
    public static List<SessionSummary> listOf(List<TrackedSession> sessions, SessionIdHash current) {
        return sessions.stream().map(session -> of(session, current)).toList();
    }

    public boolean isActive() {
        return status == SessionStatus.ACTIVE;
    }

    /** How long it has been open: until now while active, until its end afterwards. */
    public Duration openFor(Instant now) {
        return Duration.between(createdAt, endedAt == null ? now : endedAt);
    }

    /** Whether it has made no request for at least the given time. */
    public boolean isIdle(Instant now, Duration after) {
        return !lastAccessAt.plus(after).isAfter(now);
    }
}
