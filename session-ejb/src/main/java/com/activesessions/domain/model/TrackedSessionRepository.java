package com.activesessions.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where tracked sessions are kept. */
public interface TrackedSessionRepository {

    Optional<TrackedSession> findByPublicId(String publicId);

    Optional<TrackedSession> findActiveByHash(SessionIdHash hash);

    /** Newest first. */
    List<TrackedSession> findActiveByAccount(String email);

    /** The most recently ended first. */
    List<TrackedSession> findEndedByAccount(String email, int limit);

    List<TrackedSession> findAllActive();

    /** Whether the account has ever signed in from this kind of device (browser, system, class). */
    boolean hasSignedInFrom(String email, Device device);

    void store(TrackedSession session);

    /**
     * Reads the session again under a row lock held until the transaction ends, so that two
     * servers ending it at once end it once.
     *
     * @return the session, if it is still active
     */
    Optional<TrackedSession> lockIfActive(TrackedSession session);

    /**
     * Moves the last access of each listed active session forward, never backward.
     *
     * @return the number of statements written
     */
    int touchAll(Map<SessionIdHash, Instant> lastAccesses);
}
