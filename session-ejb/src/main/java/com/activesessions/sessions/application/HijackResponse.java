package com.activesessions.sessions.application;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.sessions.domain.UserAgents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * What a hijack signal does to a session: flags it once, with the device the request came from,
 * and ends it through {@link SessionEnder} if the policy ends sessions for this kind of signal.
 */
@Stateless
public class HijackResponse {

    private static final String ENDED_BY_HIJACK_POLICY = "Ended by the hijack policy: %s";

    private TrackedSessionRepository sessions;
    private SessionEnder ender;
    private SessionPolicy policy;
    private UserAgents userAgents;
    private ActivityLog activityLog;
    private Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public HijackResponse() {}

    @Inject
    public HijackResponse(
            TrackedSessionRepository sessions,
            SessionEnder ender,
            SessionPolicy policy,
            UserAgents userAgents,
            ActivityLog activityLog,
            Clock clock) {
        this.sessions = sessions;
        this.ender = ender;
        this.policy = policy;
        this.userAgents = userAgents;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    /**
     * A request of the session came with another browser or from another network.
     *
     * @return the ended session, if it was ended
     */
    public Optional<EndedSession> signalled(
            SessionIdHash hash, String ipAddress, String userAgent, HijackSignal signal) {
        Optional<TrackedSession> found = sessions.findActiveByHash(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TrackedSession session = found.get();
        if (session.flagHijackSignal(clock.instant())) {
            activityLog.append(new ActivityEvent(
                    clock.instant(),
                    ActivityType.HIJACK_SIGNAL,
                    session,
                    userAgents.parse(userAgent),
                    ipAddress,
                    signal.details()));
        }
        if (policy.hijackPolicy().ends(signal.kind())) {
            return Optional.of(ender.end(
                    session,
                    EndReason.HIJACK_SIGNAL,
                    ActivityType.HIJACK_SIGNAL,
                    ipAddress,
                    ENDED_BY_HIJACK_POLICY.formatted(signal.details())));
        }
        return Optional.empty();
    }
}
