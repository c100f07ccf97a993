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

    /** How many sessions are active, on every server. */
    long countActive();

    /** Whether the account has ever signed in from this kind of device (browser, system, class). */
    boolean hasSignedInFrom(String email, Device device);

    void store(TrackedSession session);

    /**
     * Moves the last access of each listed active session forward, never backward.
     *
     * @return the number of statements written
     */
    int touchAll(Map<SessionIdHash, Instant> lastAccesses);
}
