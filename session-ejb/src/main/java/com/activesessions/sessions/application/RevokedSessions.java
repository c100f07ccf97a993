package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions ended since this server started, in memory, so that the tracking filter can
 * refuse one on its next request without asking the database. Whatever ends a session (a user,
 * a sweep, a password change) lands here when its transaction commits.
 */
@ApplicationScoped
public class RevokedSessions {

    private final ConcurrentHashMap<SessionIdHash, Instant> revoked = new ConcurrentHashMap<>();

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        Instant now = Instant.now();
        ended.sessions().forEach(session -> revoked.put(session.sessionIdHash(), now));
    }

    /** Refuses a session whose record ended while this server did not hold it. */
    public void revoke(SessionIdHash session) {
        revoked.put(session, Instant.now());
    }

    public boolean isRevoked(SessionIdHash session) {
        return revoked.containsKey(session);
    }

    /** The web layer has invalidated the session: nothing is left to refuse. */
    public void forget(SessionIdHash session) {
        revoked.remove(session);
    }

    /** Drops what no live session can still present: entries older than the longest lifetime. */
    public void forgetRevokedBefore(Instant cutoff) {
        revoked.values().removeIf(at -> at.isBefore(cutoff));
    }
}
