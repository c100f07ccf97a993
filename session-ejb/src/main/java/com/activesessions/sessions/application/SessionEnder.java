package com.activesessions.sessions.application;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The one way a session ends: the record takes in its last buffered requests and closes with its
 * reason, the activity log gets its event, and once the caller's transaction commits the session
 * is revoked in memory.
 */
@ApplicationScoped
public class SessionEnder {

    @Inject
    private ActivityLog activityLog;

    @Inject
    private Event<SessionsEnded> sessionsEnded;

    @Inject
    private LastAccessBuffer lastAccesses;

    @Inject
    private Clock clock;

    public EndedSession end(
            TrackedSession session, EndReason reason, ActivityType type, String ipAddress, String details) {
        session.sessionIdHash().flatMap(lastAccesses::take).ifPresent(session::recordAccess);
        SessionIdHash hash = session.end(reason, clock.instant());
        activityLog.append(new ActivityEvent(clock.instant(), type, session, ipAddress, details));
        EndedSession ended = new EndedSession(session.getPublicId(), hash, reason);
        sessionsEnded.fire(new SessionsEnded(List.of(ended)));
        return ended;
    }
}
