package com.activesessions.sessions.application;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The one way a session ends, whatever the cause: the record takes in its last buffered requests
 * and closes with its reason, the activity log gets its one end event, and once the caller's
 * transaction commits the session is revoked in memory, announced to the tracker that holds it
 * (which invalidates it), and told to the other instances of the group.
 *
 * <p>The causes and who decides them: the owner ({@link SessionLogout}: logged out, ended from
 * another device, all others, all with a token), an administrator ({@link AllSessions}), the cap
 * ({@link SessionRegistry} at sign-in), a hijack signal ({@link HijackResponse}), a password change
 * or a disabled account ({@code AccountSecurity}), idle and lifetime expiry and a restart ({@link
 * SessionExpiry}). Each decides whether and which; none ends a session any other way.
 */
@ApplicationScoped
public class SessionEnder {

    private ActivityLog activityLog;
    private Event<SessionsEnded> sessionsEnded;
    private LastAccessBuffer lastAccesses;
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** For the container's proxy. */
    protected SessionEnder() {}

    @Inject
    public SessionEnder(
            ActivityLog activityLog, Event<SessionsEnded> sessionsEnded, LastAccessBuffer lastAccesses, Clock clock) {
        this.activityLog = activityLog;
        this.sessionsEnded = sessionsEnded;
        this.lastAccesses = lastAccesses;
        this.clock = clock;
    }

    public EndedSession end(
            TrackedSession session, EndReason reason, ActivityType type, String ipAddress, String details) {
        session.sessionIdHash().ifPresent(hash -> takeInLastAccesses(session, hash));
        SessionIdHash hash = session.end(reason, clock.instant());
        activityLog.append(new ActivityEvent(clock.instant(), type, session, ipAddress, details));
        EndedSession ended = new EndedSession(session.getPublicId(), hash, reason);
        sessionsEnded.fire(new SessionsEnded(List.of(ended)));
        return ended;
    }

    /** The record takes in what the buffer holds of it; that goes back to the buffer if the end does not commit. */
    private void takeInLastAccesses(TrackedSession session, SessionIdHash hash) {
        lastAccesses.take(hash).ifPresent(access -> {
            session.recordAccess(access);
            PutBackUnlessCommitted.register(transaction, lastAccesses, Map.of(hash, access));
        });
    }
}
