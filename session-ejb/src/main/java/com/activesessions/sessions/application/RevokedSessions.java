package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The sessions ended since this server started, in memory, so that the tracking filter can
 * refuse one on its next request without asking the database. Whatever ends a session (a user,
 * a sweep, a password change, another instance of the group) lands here when its transaction
 * commits, and is announced to whoever holds live sessions on this server, to invalidate them at
 * once.
 */
@ApplicationScoped
public class RevokedSessions {

    private final ConcurrentHashMap<SessionIdHash, Instant> revoked = new ConcurrentHashMap<>();
    private final List<Consumer<SessionIdHash>> listeners = new CopyOnWriteArrayList<>();

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        ended.sessions().forEach(session -> revoke(session.sessionIdHash()));
    }

    /** Refuses a session whose record ended while this server did not hold it, or on another instance. */
    public void revoke(SessionIdHash session) {
        revoked.put(session, Instant.now());
        listeners.forEach(listener -> listener.accept(session));
    }

    /** Tells {@code listener} of every session revoked from now on, until {@link #stopAnnouncing}. */
    public void announceTo(Consumer<SessionIdHash> listener) {
        listeners.add(listener);
    }

    public void stopAnnouncing(Consumer<SessionIdHash> listener) {
        listeners.remove(listener);
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
