package com.activesessions.passwords.application;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.SessionEnder;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.signin.application.Reauthentication;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.tokens.application.OutlivingCredentials;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Changes to an account that must end its sessions in the same transaction: a new password ends
 * every other session and the API tokens (ASVS 3.3.3), a disabled account loses them all.
 */
@Stateless
public class AccountSecurity {

    private final AccountRepository accounts;
    private final TrackedSessionRepository sessions;
    private final ActivityLog activityLog;
    private final SessionEnder ender;
    private final Reauthentication reauthentication;
    private final OutlivingCredentials outlivingCredentials;
    private final PasswordHashes passwordHasher;
    private final Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public AccountSecurity() {
        this(null, null, null, null, null, null, null, null);
    }

    @Inject
    public AccountSecurity(
            AccountRepository accounts,
            TrackedSessionRepository sessions,
            ActivityLog activityLog,
            SessionEnder ender,
            Reauthentication reauthentication,
            OutlivingCredentials outlivingCredentials,
            PasswordHashes passwordHasher,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.activityLog = activityLog;
        this.ender = ender;
        this.reauthentication = reauthentication;
        this.outlivingCredentials = outlivingCredentials;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    /**
     * Sets a new password once the current one is confirmed, ends every other session, and revokes
     * the account's API tokens unless the owner chose to keep them.
     *
     * @param keepTokens whether the owner, shown the list, chose to keep their API tokens
     * @return the sessions ended, for the web layer to invalidate
     * @throws WrongPasswordException if the current password is wrong; nothing changes
     * @throws TooManyFailuresException if the throttle refuses the caller now; nothing is checked
     */
    public List<EndedSession> changePassword(
            Caller caller, char[] currentPassword, char[] newPassword, boolean keepTokens)
            throws WrongPasswordException, TooManyFailuresException {
        if (!PasswordRule.accepts(newPassword)) {
            throw new IllegalArgumentException("A new password: " + PasswordRule.DESCRIPTION);
        }
        reauthentication.confirmPassword(caller, currentPassword);
        Account account = accounts.findByEmail(caller.email()).orElseThrow();
        account.changePassword(passwordHasher.hash(newPassword));
        if (!keepTokens) {
            outlivingCredentials.revoke(account, caller, "Password changed");
        }
        activityLog.append(sessions.findActiveByHash(caller.session())
                .map(session -> new ActivityEvent(
                        clock.instant(), ActivityType.PASSWORD_CHANGED, session, caller.ipAddress(), null))
                .orElseGet(() -> new ActivityEvent(
                        clock.instant(), ActivityType.PASSWORD_CHANGED, account, null, caller.ipAddress(), null)));
        return endSessions(account, EndReason.PASSWORD_CHANGED, caller, "Password changed");
    }

    /**
     * Disables an account: it can no longer sign in, and every session of it ends.
     *
     * @return the sessions ended
     */
    public List<EndedSession> disable(Caller administrator, String email) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account with that e-mail"));
        account.disable();
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.ACCOUNT_DISABLED,
                account,
                null,
                administrator.ipAddress(),
                "Disabled by " + administrator.email()));
        outlivingCredentials.revoke(account, administrator.ipAddress(), "Account disabled by " + administrator.email());
        return endSessions(account, EndReason.ACCOUNT_DISABLED, null, "Account disabled");
    }

    /** Ends the account's sessions, except the caller's own if a caller is given. */
    private List<EndedSession> endSessions(Account account, EndReason reason, Caller except, String details) {
        return sessions.findActiveByAccount(account.getEmail()).stream()
                .filter(session -> except == null || !session.hasHash(except.session()))
                .map(session -> end(session, reason, except, details))
                .toList();
    }

    private EndedSession end(TrackedSession session, EndReason reason, Caller caller, String details) {
        return ender.end(
                session,
                reason,
                ActivityType.SESSION_ENDED_BY_ACCOUNT_CHANGE,
                caller == null ? null : caller.ipAddress(),
                details);
    }
}
