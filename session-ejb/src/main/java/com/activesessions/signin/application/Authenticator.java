package com.activesessions.signin.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.passwords.domain.PasswordHashes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks an e-mail and password against the accounts. An unknown e-mail costs the same time as
 * a wrong password, so the answer's timing does not tell which accounts exist. A disabled account
 * never signs in.
 */
@Stateless
public class Authenticator {

    private final AccountRepository accounts;
    private final PasswordHashes passwordHasher;

    /** For the EJB container, which needs a public constructor without arguments. */
    public Authenticator() {
        this(null, null);
    }

    @Inject
    public Authenticator(AccountRepository accounts, PasswordHashes passwordHasher) {
        this.accounts = accounts;
        this.passwordHasher = passwordHasher;
    }

    /** Who the e-mail and password sign in, if they do. */
    public Optional<CallerIdentity> verify(String email, char[] password) {
        if (email == null || email.isBlank() || email.length() > Account.MAX_EMAIL_LENGTH || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findByEmail(email);
        boolean matches = account.isPresent()
                ? passwordHasher.verify(password, account.get().getPasswordHash())
                : passwordHasher.verifyNothing(password);
        return matches ? account.filter(a -> !a.isDisabled()).map(CallerIdentity::of) : Optional.empty();
    }
}
