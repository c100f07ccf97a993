package com.activesessions.sessions.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What a person wants to see on arrival: how many sessions are signed in to their account, the
 * sign-in before the one they are using (so that one they did not make stands out), and the
 * newest events of their account.
 */
@Stateless
public class AccountOverview {

    public static final int RECENT_EVENTS = 8;

    private AccountRepository accounts;
    private TrackedSessionRepository sessions;
    private ActivityLog activityLog;

    /** For the EJB container, which needs a public constructor without arguments. */
    public AccountOverview() {}

    @Inject
    public AccountOverview(AccountRepository accounts, TrackedSessionRepository sessions, ActivityLog activityLog) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.activityLog = activityLog;
    }

    /**
     * The overview of an account.
     *
     * @param name the account's name
     * @param organisationName its organisation's, if it has one
     * @param activeSessions how many of its sessions are signed in, the one in use included
     * @param previousSignIn the newest sign-in of any session but the one in use
     * @param recentActivity the newest events of the account, newest first
     */
    public record Summary(
            String name,
            Optional<String> organisationName,
            int activeSessions,
            Optional<ActivityEntry> previousSignIn,
            List<ActivityEntry> recentActivity) {}

    /**
     * @param email the signed-in account
     * @param current the session in use, or null if it is not tracked
     */
    public Summary of(String email, SessionIdHash current) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account signed in as the given e-mail"));
        List<TrackedSession> active = sessions.findActiveByAccount(account.getEmail());
        Optional<String> currentId = active.stream()
                .filter(session -> session.hasHash(current))
                .map(TrackedSession::getPublicId)
                .findFirst();
        // Each session signs in once, so of the two newest sign-ins at most one is the current one.
        Optional<ActivityEvent> previousSignIn =
                activityLog.newestOf(account.getEmail(), ActivityType.SIGNED_IN, 2).stream()
                        .filter(event -> currentId.isEmpty() || !currentId.get().equals(event.getSessionPublicId()))
                        .findFirst();
        return new Summary(
                account.getName(),
                account.getOrganisation().map(Organisation::getName),
                active.size(),
                previousSignIn.map(ActivityEntry::of),
                ActivityEntry.listOf(activityLog.newestOf(account.getEmail(), RECENT_EVENTS)));
    }
}
