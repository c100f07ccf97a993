package com.activesessions.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where tracked sessions are kept. */
public interface TrackedSessionRepository {

    Optional<TrackedSession> findByPublicId(String publicId);

    Optional<TrackedSession> findActiveByHash(SessionIdHash hash);

    List<TrackedSession> findActiveByAccount(String email);

    void store(TrackedSession session);

    /**
     * Moves the last access of each listed active session forward, never backward.
     *
     * @return the number of statements written
     */
    int touchAll(Map<SessionIdHash, Instant> lastAccesses);
}
