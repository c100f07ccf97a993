package com.activesessions.sessions.domain;

import com.activesessions.accounts.domain.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Where tracked sessions are kept. */
public interface TrackedSessionRepository {

    Optional<TrackedSession> findByPublicId(String publicId);

    /** The session of that public id, only if it is of the organisation. */
    Optional<TrackedSession> findByPublicId(Organisation organisation, String publicId);

    Optional<TrackedSession> findActiveByHash(SessionIdHash hash);

    /** Newest first. */
    List<TrackedSession> findActiveByAccount(String email);

    /** The most recently ended first. */
    List<TrackedSession> findEndedByAccount(String email, int limit);

    /**
     * Active sessions signed in before {@code before}: those with a key after {@code afterId}, in key
     * order, at most {@code max}. The restart sweep reads them a batch at a time, never all at once.
     */
    List<TrackedSession> findActiveSignedInBefore(Instant before, long afterId, int max);

    /**
     * Active sessions that may be overdue: past their lifetime at {@code lifetimeCutoff}, or without
     * a request since {@code idleCutoff}; those with a key after {@code afterId}, in key order, at most
     * {@code max}.
     */
    List<TrackedSession> findOverdueCandidates(Instant lifetimeCutoff, Instant idleCutoff, long afterId, int max);

    /** The shortest idle time-out of the active sessions (each keeps the one it signed in with); none without any. */
    OptionalLong shortestActiveIdleTimeoutSeconds();

    /** How many sessions are active, on every server. */
    long countActive();

    /** Whether the account has ever signed in from this kind of device (browser, system, class). */
    boolean hasSignedInFrom(String email, Device device);

    /** Whether the account has had a session, active or ended, from this client address. */
    boolean hasSignedInFrom(String email, String ipAddress);

    /** One page of the organisation's sessions, as the query asks. */
    List<TrackedSession> search(Organisation organisation, SessionQuery query);

    /**
     * How many of the organisation's sessions the query's filters match, counting no further than
     * {@code limit}: the cost of a count stays that of {@code limit} rows, however many match.
     */
    long count(Organisation organisation, SessionQuery query, int limit);

    /** The accounts of the organisation with the most active sessions, most first. */
    List<UserSessionCount> countActivePerUser(Organisation organisation, int limit);

    void store(TrackedSession session);

    /** The sessions of the organisation's accounts that signed in within [from, to), by account. */
    Stream<TrackedSession> streamStartedBetween(Organisation organisation, Instant from, Instant to);

    /** When each session of the organisation that was open at some time within [from, to) began and ended. */
    List<SessionSpan> spansOpenBetween(Organisation organisation, Instant from, Instant to);

    /**
     * Reads the session again under a row lock held until the transaction ends, so that two
     * servers ending it at once end it once.
     *
     * @return the session, if it is still active
     */
    Optional<TrackedSession> lockIfActive(TrackedSession session);

    /**
     * Moves the last access of each listed active session forward, never backward, and adds its
     * requests and API calls to its counts: one statement a session, and a second only for one
     * whose record already holds a later access (written by another instance).
     *
     * @return the number of statements written
     */
    int touchAll(Map<SessionIdHash, SessionAccess> accesses);
}
