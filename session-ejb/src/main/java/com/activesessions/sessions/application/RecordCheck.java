package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how stale this server's knowledge of a session may be. Revocations arrive in memory (on
 * a deployment group, through the data grid); should a message be missed, the session's record
 * is read again once the last reading is older than
 * {@code activesessions.tracking.recheck-after-seconds} (5 by default, read at deployment; 0
 * reads it on every request). Between readings a request costs one map look-up.
 */
@ApplicationScoped
public class RecordCheck {

    private final ConcurrentMap<SessionIdHash, Instant> confirmedAt = new ConcurrentHashMap<>();

    private SessionRegistry registry;

    /** For the container's proxy. */
    protected RecordCheck() {}

    @Inject
    public RecordCheck(SessionRegistry registry) {
        this.registry = registry;
    }

    @Inject
    @ConfigProperty(name = "activesessions.tracking.recheck-after-seconds", defaultValue = "5")
    private long recheckAfterSeconds;

    private Duration bound;

    @PostConstruct
    void readBound() {
        bound = Duration.ofSeconds(Math.max(0, recheckAfterSeconds));
    }

    /**
     * Whether the session's record is still active, as last read within the bound.
     *
     * @return false if the record has ended
     */
    public boolean stillActive(SessionIdHash session, Instant now) {
        Instant confirmed = confirmedAt.get(session);
        if (confirmed != null && now.isBefore(confirmed.plus(bound))) {
            return true;
        }
        if (registry.isActive(session)) {
            confirmedAt.put(session, now);
            return true;
        }
        confirmedAt.remove(session);
        return false;
    }

    /** The record was just written (a sign-in): it needs no reading before the bound. */
    public void confirmed(SessionIdHash session, Instant now) {
        confirmedAt.put(session, now);
    }

    public void forget(SessionIdHash session) {
        confirmedAt.remove(session);
    }

    /** Drops readings of sessions that made no request since the cutoff (those that moved or died). */
    public void forgetConfirmedBefore(Instant cutoff) {
        confirmedAt.values().removeIf(at -> at.isBefore(cutoff));
    }
}
