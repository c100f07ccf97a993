package com.activesessions.organisations.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * A support agent opens one user's sessions and activity, read-only, to help them ({@code
 * support.view}). Every such view is itself recorded in that user's activity: who looked, and
 * when, so the user sees it among their own events.
 */
@Stateless
public class SupportDesk {

    private static final int HISTORY_LENGTH = 20;
    private static final int ACTIVITY_LENGTH = 50;

    /**
     * What the agent sees of the user.
     *
     * @param user the user's account
     * @param activeSessions its active sessions, newest first
     * @param endedSessions its most recently ended sessions
     * @param activity its newest events, this view's included
     */
    public record SupportCase(
            UserSummary user,
            List<SessionSummary> activeSessions,
            List<SessionSummary> endedSessions,
            List<ActivityEntry> activity) {}

    private final AccessControl accessControl;
    private final TrackedSessionRepository sessions;
    private final ActivityLog activityLog;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public SupportDesk() {
        this(null, null, null, null);
    }

    @Inject
    public SupportDesk(
            AccessControl accessControl, TrackedSessionRepository sessions, ActivityLog activityLog, Clock clock) {
        this.accessControl = accessControl;
        this.sessions = sessions;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    /**
     * Opens the case of the user of that public id, within the agent's organisation.
     *
     * @throws UnknownAccountException if the organisation has no such user
     */
    public SupportCase open(Caller caller, String accountPublicId) throws UnknownAccountException {
        Account agent = accessControl.requireAccount(caller, Permission.SUPPORT_VIEW);
        return caseOf(
                accessControl.accountByPublicId(caller, agent, accountPublicId, "open the support view of"),
                agent,
                caller);
    }

    /**
     * Opens the case of the user of that e-mail address, within the agent's organisation.
     *
     * @throws UnknownAccountException if the organisation has no such user
     */
    public SupportCase openByEmail(Caller caller, String email) throws UnknownAccountException {
        Account agent = accessControl.requireAccount(caller, Permission.SUPPORT_VIEW);
        return caseOf(accessControl.accountByEmail(caller, agent, email, "open the support view of"), agent, caller);
    }

    private SupportCase caseOf(Account user, Account agent, Caller caller) {
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.SUPPORT_VIEW,
                user,
                null,
                caller.ipAddress(),
                "Sessions and activity viewed by " + agent.getName() + " (" + agent.getEmail() + ")"));
        return new SupportCase(
                UserSummary.of(user),
                SessionSummary.listOf(sessions.findActiveByAccount(user.getEmail()), null),
                SessionSummary.listOf(sessions.findEndedByAccount(user.getEmail(), HISTORY_LENGTH), null),
                ActivityEntry.listOf(activityLog.newestOf(user.getEmail(), ACTIVITY_LENGTH)));
    }
}
