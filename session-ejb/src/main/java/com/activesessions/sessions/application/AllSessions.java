package com.activesessions.sessions.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionQuery;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.sessions.domain.UserSessionCount;
import com.activesessions.tokens.application.OutlivingCredentials;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' view of every session of their organisation (F4, F5 for administrators,
 * F10): pages of it straight from the database, counts per user, and ending one session or all
 * of a user's. Every query names the caller's organisation; an id of another organisation's
 * session or account is answered as unknown, and the attempt is recorded.
 */
@Stateless
public class AllSessions {

    private AccessControl accessControl;
    private TrackedSessionRepository sessions;
    private SessionEnder ender;
    private OutlivingCredentials outlivingCredentials;
    private ActivityLog activityLog;
    private Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public AllSessions() {}

    @Inject
    public AllSessions(
            AccessControl accessControl,
            TrackedSessionRepository sessions,
            SessionEnder ender,
            OutlivingCredentials outlivingCredentials,
            ActivityLog activityLog,
            Clock clock) {
        this.accessControl = accessControl;
        this.sessions = sessions;
        this.ender = ender;
        this.outlivingCredentials = outlivingCredentials;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    /**
     * How far the sessions a query matches are counted. Beyond it a page says "more than 10,000":
     * counting a million rows would cost each page far more than reading it.
     */
    public static final int COUNT_LIMIT = 10_000;

    public SessionPage page(Caller caller, SessionQuery query) {
        Organisation organisation = accessControl.require(caller, Permission.SESSIONS_VIEW_ALL);
        return new SessionPage(
                SessionSummary.listOf(sessions.search(organisation, query), null), count(organisation, query));
    }

    /** The rows of one page, without counting them all (for a table that counts separately). */
    public List<SessionSummary> rows(Caller caller, SessionQuery query) {
        return SessionSummary.listOf(
                sessions.search(accessControl.require(caller, Permission.SESSIONS_VIEW_ALL), query), null);
    }

    /** How many sessions the query's filters match, up to {@link #COUNT_LIMIT}. */
    public SessionCount count(Caller caller, SessionQuery query) {
        return count(accessControl.require(caller, Permission.SESSIONS_VIEW_ALL), query);
    }

    private SessionCount count(Organisation organisation, SessionQuery query) {
        return SessionCount.of(sessions.count(organisation, query, COUNT_LIMIT + 1), COUNT_LIMIT);
    }

    /** The accounts with the most active sessions, most first. */
    public List<UserSessionCount> countsPerUser(Caller caller, int limit) {
        Organisation organisation = accessControl.require(caller, Permission.SESSIONS_VIEW_ALL);
        return sessions.countActivePerUser(organisation, limit);
    }

    /**
     * Ends one active session of the organisation.
     *
     * @throws UnknownSessionException if the organisation has no active session of that id
     */
    public EndedSession end(Caller caller, String publicId) throws UnknownSessionException {
        Account administrator = accessControl.requireAccount(caller, Permission.SESSIONS_END_ALL);
        Organisation organisation = administrator.getOrganisation().orElseThrow();
        Optional<TrackedSession> found = publicId == null
                ? Optional.empty()
                : sessions.findByPublicId(organisation, publicId).filter(TrackedSession::isActive);
        if (found.isEmpty()) {
            if (publicId != null && sessions.findByPublicId(publicId).isPresent()) {
                accessControl.refuse(
                        caller, administrator, "Asked to end session " + publicId + " of another organisation");
            } else {
                activityLog.append(new ActivityEvent(
                        clock.instant(),
                        ActivityType.SESSION_END_REFUSED,
                        administrator,
                        null,
                        caller.ipAddress(),
                        "Asked to end session " + publicId));
            }
            throw new UnknownSessionException();
        }
        return endedByAdministrator(found.get(), caller);
    }

    /**
     * Ends every active session of one account of the organisation, and takes back its API tokens
     * and set-password link: an administrator who ends everything means the account is being
     * taken back from whoever holds it.
     *
     * @throws UnknownAccountException if the organisation has no account of that public id
     */
    public List<EndedSession> endAllOf(Caller caller, String accountPublicId) throws UnknownAccountException {
        Account administrator = accessControl.requireAccount(caller, Permission.SESSIONS_END_ALL);
        Account account =
                accessControl.accountByPublicId(caller, administrator, accountPublicId, "end the sessions of");
        outlivingCredentials.revoke(account, caller.ipAddress(), "All sessions ended by " + caller.email());
        return sessions.findActiveByAccount(account.getEmail()).stream()
                .map(session -> endedByAdministrator(session, caller))
                .toList();
    }

    private EndedSession endedByAdministrator(TrackedSession session, Caller caller) {
        return ender.end(
                session,
                EndReason.ENDED_BY_ADMINISTRATOR,
                ActivityType.SESSION_ENDED_BY_ADMINISTRATOR,
                caller.ipAddress(),
                "Ended by " + caller.email());
    }
}
