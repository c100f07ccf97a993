package com.activesessions.tokens.application;

import com.activesessions.access.application.Caller;
import com.activesessions.access.application.CallerSessions;
import com.activesessions.accounts.domain.Account;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.tokens.domain.ApiToken;
import com.activesessions.tokens.domain.ApiTokenRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes back the credentials that outlive a session, when the account is taken back: a password
 * changed or reset, the account disabled, an administrator ending all its sessions. Ending the
 * sessions alone would leave whoever made an API token from a stolen session with a way in for a
 * year (ASVS 3.3.3, 3.7.1). The open set-password link closes as well; remembered sign-ins, when
 * they exist, belong here too.
 */
@Stateless
public class OutlivingCredentials {

    private final ApiTokenRepository tokens;
    private final ActivityLog activityLog;
    private final CallerSessions callerSessions;
    private final Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public OutlivingCredentials() {
        this(null, null, null, null);
    }

    @Inject
    public OutlivingCredentials(
            ApiTokenRepository tokens, ActivityLog activityLog, CallerSessions callerSessions, Clock clock) {
        this.tokens = tokens;
        this.activityLog = activityLog;
        this.callerSessions = callerSessions;
        this.clock = clock;
    }

    /**
     * Revokes the account's usable API tokens and closes its set-password link, in the caller's
     * transaction; each token revoked is recorded with why.
     *
     * @param by the signed-in caller who did it, for the log
     * @param why what happened to the account, in the log's words
     * @return the tokens revoked
     */
    public List<ApiToken> revoke(Account account, Caller by, String why) {
        return revoke(account, callerSessions.publicIdOf(by), by.ipAddress(), why);
    }

    /**
     * The same, done from that address by an administrator, or by someone not signed in (a
     * set-password link): no session of the account's own to record.
     */
    public List<ApiToken> revoke(Account account, String ipAddress, String why) {
        return revoke(account, null, ipAddress, why);
    }

    private List<ApiToken> revoke(Account account, String sessionPublicId, String ipAddress, String why) {
        account.closeSetPasswordLink();
        Instant now = clock.instant();
        List<ApiToken> revoked = tokens.findByAccount(account.getEmail()).stream()
                .filter(token -> token.isUsableAt(now))
                .toList();
        for (ApiToken token : revoked) {
            token.revoke(now);
            activityLog.append(new ActivityEvent(
                    now,
                    ActivityType.API_TOKEN_REVOKED,
                    account,
                    sessionPublicId,
                    ipAddress,
                    "Token " + token.getPublicId() + " (" + token.getName() + "): " + why));
        }
        return revoked;
    }
}
