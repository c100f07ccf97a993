package com.activesessions.access.application;

import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The public id of the session a caller came in on, for the activity log. */
@ApplicationScoped
public class CallerSessions {

    private final TrackedSessionRepository sessions;

    /** For the container's proxy. */
    protected CallerSessions() {
        this(null);
    }

    @Inject
    public CallerSessions(TrackedSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The caller's session's public id; null for an API token, or a session no longer active. */
    public String publicIdOf(Caller caller) {
        if (caller.session() == null) {
            return null;
        }
        return sessions.findActiveByHash(caller.session())
                .map(TrackedSession::getPublicId)
                .orElse(null);
    }
}
