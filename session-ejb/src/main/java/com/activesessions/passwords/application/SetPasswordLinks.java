package com.activesessions.passwords.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.application.PublicIds;
import com.activesessions.tokens.application.OutlivingCredentials;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One-time links with which a person an administrator added chooses a password. There is no
 * e-mail server: the administrator is shown the link and passes it on. Only the token's SHA-256
 * is stored; the link works once, for {@link #LIFETIME}.
 */
@Stateless
public class SetPasswordLinks {

    public static final Duration LIFETIME = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final ActivityLog activityLog;
    private final PasswordHashes passwordHasher;
    private final PublicIds publicIds;
    private final OutlivingCredentials outlivingCredentials;
    private final Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SetPasswordLinks() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public SetPasswordLinks(
            AccountRepository accounts,
            ActivityLog activityLog,
            PasswordHashes passwordHasher,
            PublicIds publicIds,
            OutlivingCredentials outlivingCredentials,
            Clock clock) {
        this.accounts = accounts;
        this.activityLog = activityLog;
        this.passwordHasher = passwordHasher;
        this.publicIds = publicIds;
        this.outlivingCredentials = outlivingCredentials;
        this.clock = clock;
    }

    /** Opens a link for the account, closing any earlier one; gives the token, shown once. */
    public String open(Account account) {
        String token = publicIds.next();
        account.openSetPasswordLink(hashOf(token), clock.instant().plus(LIFETIME));
        return token;
    }

    /** Whether the token names an open link, for the page to say so before anything is typed. */
    public boolean isOpen(String token) {
        return accountOf(token).isPresent();
    }

    /**
     * Sets the password of the link's account, and closes the link.
     *
     * @throws InvalidChangeException if the link is unknown, used or expired, or the password
     *     breaks the rule; nothing changes
     */
    public void use(String token, char[] password, String ipAddress) throws InvalidChangeException {
        Account account = accountOf(token)
                .orElseThrow(() -> new InvalidChangeException("This link has expired or has been used already."));
        if (!PasswordRule.accepts(password)) {
            throw new InvalidChangeException("A password: " + PasswordRule.DESCRIPTION);
        }
        account.setPasswordThroughLink(passwordHasher.hash(password));
        outlivingCredentials.revoke(account, ipAddress, "Password set through a link");
        activityLog.append(
                new ActivityEvent(clock.instant(), ActivityType.PASSWORD_SET, account, null, ipAddress, null));
    }

    private Optional<Account> accountOf(String token) {
        return token == null || token.isBlank() || token.length() > 64
                ? Optional.empty()
                : accounts.findBySetPasswordTokenHash(hashOf(token))
                        .filter(account -> account.setPasswordLinkOpen(clock.instant()))
                        .filter(account -> !account.isDisabled());
    }

    /** The same SHA-256 that keeps session ids out of the database. */
    private static String hashOf(String token) {
        return SessionIdHash.of(token).hex();
    }
}
