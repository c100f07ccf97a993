package com.activesessions.organisations.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.domain.PasswordHashes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes an account for a person who signs up, with a new organisation of their own, and records
 * it in the activity log, in one transaction. Signing in is left to the person, with the password
 * they chose, at the login page.
 *
 * <p>Sign-up must not tell whether an address has an account, so a taken address is answered as a
 * free one: nothing is made, the owner's account is left as it was, and the owner is told
 * ({@link TakenEmailNotice}). The password is hashed either way, so both take about as long.
 *
 * <p>The new account is the administrator of the organisation it started.
 */
@Stateless
public class SignUpService {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final ActivityLog activityLog;
    private final PasswordHashes passwordHasher;
    private final TakenEmailNotice takenEmailNotice;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public SignUpService() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public SignUpService(
            AccountRepository accounts,
            OrganisationRepository organisations,
            ActivityLog activityLog,
            PasswordHashes passwordHasher,
            TakenEmailNotice takenEmailNotice,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.activityLog = activityLog;
        this.passwordHasher = passwordHasher;
        this.takenEmailNotice = takenEmailNotice;
        this.clock = clock;
    }

    /**
     * Makes the account, or, if its e-mail address has one already, tells that account's owner.
     * The caller cannot tell which happened, and must not.
     *
     * @param ipAddress where the request came from, for the activity log
     */
    public void signUp(NewAccount newAccount, String ipAddress) {
        String passwordHash = passwordHasher.hash(newAccount.password());
        Optional<Account> owner = accounts.findByEmail(newAccount.email());
        if (owner.isPresent()) {
            takenEmailNotice.tell(owner.get(), ipAddress);
            return;
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(newAccount.organisationName(), now);
        organisations.store(organisation);
        Account account =
                new Account(newAccount.email(), newAccount.name().strip(), passwordHash, Role.ADMIN, now, organisation);
        accounts.store(account);
        activityLog.append(new ActivityEvent(
                now, ActivityType.SIGNED_UP, account, null, ipAddress, "Organisation: " + organisation.getName()));
    }
}
