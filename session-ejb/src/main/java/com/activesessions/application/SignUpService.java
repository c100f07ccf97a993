package com.activesessions.application;

import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.AccountRepository;
import com.activesessions.domain.model.ActivityEvent;
import com.activesessions.domain.model.ActivityLog;
import com.activesessions.domain.model.ActivityType;
import com.activesessions.domain.model.Organisation;
import com.activesessions.domain.model.OrganisationRepository;
import com.activesessions.domain.model.Role;
import com.activesessions.infrastructure.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes an account for a person who signs up, with a new organisation of their own, and records
 * it in the activity log, in one transaction. Signing in is left to the caller: the web layer
 * does it through Jakarta Security, like any other sign-in.
 *
 * <p>The new account is the administrator of the organisation it started.
 */
@Stateless
public class SignUpService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private Clock clock;

    /**
     * @param ipAddress where the request came from, for the activity log
     * @throws EmailInUseException if an account has that e-mail address already; nothing is stored
     */
    public void signUp(NewAccount newAccount, String ipAddress) throws EmailInUseException {
        if (accounts.findByEmail(newAccount.email()).isPresent()) {
            throw new EmailInUseException();
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(newAccount.organisationName(), now);
        organisations.store(organisation);
        Account account = new Account(
                newAccount.email(),
                newAccount.name().strip(),
                passwordHasher.hash(newAccount.password()),
                Role.ADMIN,
                now,
                organisation);
        accounts.store(account);
        activityLog.append(new ActivityEvent(
                now, ActivityType.SIGNED_UP, account, null, ipAddress, "Organisation: " + organisation.getName()));
    }
}
