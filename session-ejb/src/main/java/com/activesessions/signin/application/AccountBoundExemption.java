package com.activesessions.signin.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Who the per-account bound of the {@link CredentialThrottle} does not stop, so that failures from
 * strangers' addresses cannot lock the owner out: an address the account has signed in from before
 * (any session of it, active or ended), and any address for an account with a second factor, whose
 * sign-in still has to pass a code. Asked only once the bound is reached.
 */
@Stateless
public class AccountBoundExemption {

    private final AccountRepository accounts;
    private final TrackedSessionRepository sessions;

    /** For the EJB container, which needs a public constructor without arguments. */
    public AccountBoundExemption() {
        this(null, null);
    }

    @Inject
    public AccountBoundExemption(AccountRepository accounts, TrackedSessionRepository sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** @param email an e-mail address in its normal form */
    public boolean applies(String email, String ipAddress) {
        return accounts.findByEmail(email)
                .filter(account -> account.isMfaEnabled() || sessions.hasSignedInFrom(email, ipAddress))
                .map(Account::getEmail)
                .isPresent();
    }
}
