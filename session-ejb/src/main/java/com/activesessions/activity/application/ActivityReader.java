package com.activesessions.activity.application;

import com.activesessions.access.application.Administrators;
import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityScope;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.shared.application.NotAllowedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Reads the activity log for a person: their own events (My Activity), or, for an administrator,
 * all events of their organisation, filtered, a page or an export piece at a time.
 */
@Stateless
public class ActivityReader {

    /** The most events one call returns, whatever is asked. */
    public static final int MAX_PAGE = 500;

    private final AccountRepository accounts;
    private final Administrators administrators;
    private final ActivityLog activityLog;
    private final TrackedSessionRepository sessions;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public ActivityReader() {
        this(null, null, null, null, null);
    }

    @Inject
    public ActivityReader(
            AccountRepository accounts,
            Administrators administrators,
            ActivityLog activityLog,
            TrackedSessionRepository sessions,
            Clock clock) {
        this.accounts = accounts;
        this.administrators = administrators;
        this.activityLog = activityLog;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Which events the reader may see: the organisation's for an administrator, else their own. */
    public enum Reach {
        OWN,
        ORGANISATION
    }

    public List<ActivityEntry> find(String email, Reach reach, ActivityFilter filter, int first, int limit) {
        return ActivityEntry.listOf(activityLog.find(scope(email, reach), filter, Math.max(0, first), pageSize(limit)));
    }

    public long count(String email, Reach reach, ActivityFilter filter) {
        return activityLog.count(scope(email, reach), filter);
    }

    /** The next piece of an export: events older than {@code beforeId}, newest first. */
    public List<ActivityEntry> findBefore(String email, Reach reach, ActivityFilter filter, Long beforeId, int limit) {
        return ActivityEntry.listOf(activityLog.findBefore(scope(email, reach), filter, beforeId, pageSize(limit)));
    }

    /**
     * Records that the caller exported part of the log (or a usage report), before it is sent.
     *
     * @param what what was exported and with which filter, in words
     */
    public void exportMade(Caller caller, String what) {
        activityLog.append(sessions.findActiveByHash(caller.session())
                .map(session ->
                        new ActivityEvent(clock.instant(), ActivityType.EXPORT_MADE, session, caller.ipAddress(), what))
                .orElseGet(() -> new ActivityEvent(
                        clock.instant(),
                        ActivityType.EXPORT_MADE,
                        account(caller.email()),
                        null,
                        caller.ipAddress(),
                        what)));
    }

    private ActivityScope scope(String email, Reach reach) {
        return reach == Reach.ORGANISATION
                ? ActivityScope.of(administrators.organisationAdministeredBy(email, Permission.ACTIVITY_VIEW_ALL))
                : ActivityScope.of(account(email));
    }

    private Account account(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).orElseThrow(NotAllowedException::new);
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
