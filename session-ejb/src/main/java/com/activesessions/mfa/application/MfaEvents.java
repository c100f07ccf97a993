package com.activesessions.mfa.application;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Writes the MFA steps into the activity log, each with its session and address. Never a code or secret. */
@ApplicationScoped
public class MfaEvents {

    private final ActivityLog activityLog;
    private final TrackedSessionRepository sessions;
    private final Clock clock;

    /** For the container's proxy. */
    protected MfaEvents() {
        this(null, null, null);
    }

    @Inject
    public MfaEvents(ActivityLog activityLog, TrackedSessionRepository sessions, Clock clock) {
        this.activityLog = activityLog;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** An event of a signed-in caller's session. */
    public void record(ActivityType type, Account account, Caller caller, String details) {
        String publicId = sessions.findActiveByHash(caller.session())
                .map(TrackedSession::getPublicId)
                .orElse(null);
        record(type, account, publicId, caller.ipAddress(), details);
    }

    public void record(ActivityType type, Account account, String sessionPublicId, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, account, sessionPublicId, ipAddress, details));
    }
}
