package com.activesessions.organisations.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.RoleCatalogue;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.application.AccountSecurity;
import com.activesessions.passwords.application.SetPasswordLinks;
import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.application.PublicIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's administrators add people to it and disable their accounts ({@code
 * users.manage}). A new account gets a set-password link for the administrator to pass on.
 * Giving a new account any role but User also needs {@code roles.manage}, so that no one hands
 * out more than they may.
 */
@Stateless
public class UserAdministration {

    /**
     * A new account and the link with which its holder chooses a password.
     *
     * @param accountPublicId the new account's public id
     * @param token the link's one-time token, shown once
     */
    public record AddedUser(String accountPublicId, String token) {}

    private final AccessControl accessControl;
    private final AccountRepository accounts;
    private final RoleCatalogue roles;
    private final SetPasswordLinks setPasswordLinks;
    private final AccountSecurity accountSecurity;
    private final ActivityLog activityLog;
    private final PasswordHashes passwordHasher;
    private final PublicIds publicIds;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public UserAdministration() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public UserAdministration(
            AccessControl accessControl,
            AccountRepository accounts,
            RoleCatalogue roles,
            SetPasswordLinks setPasswordLinks,
            AccountSecurity accountSecurity,
            ActivityLog activityLog,
            PasswordHashes passwordHasher,
            PublicIds publicIds,
            Clock clock) {
        this.accessControl = accessControl;
        this.accounts = accounts;
        this.roles = roles;
        this.setPasswordLinks = setPasswordLinks;
        this.accountSecurity = accountSecurity;
        this.activityLog = activityLog;
        this.passwordHasher = passwordHasher;
        this.publicIds = publicIds;
        this.clock = clock;
    }

    /** The organisation's accounts, by name. */
    public List<UserSummary> users(Caller caller) {
        return accounts.findByOrganisation(accessControl.require(caller, Permission.USERS_MANAGE)).stream()
                .map(UserSummary::of)
                .toList();
    }

    /** The names of the roles a new account may be given. */
    public List<String> roleNames(Caller caller) {
        Organisation organisation = accessControl.require(caller, Permission.USERS_MANAGE);
        return roles.rolesOf(organisation).stream()
                .map(RoleCatalogue.RoleDescription::name)
                .toList();
    }

    /**
     * Adds an account to the caller's organisation; it signs in once its holder has set a
     * password through the link.
     *
     * @throws EmailInUseException if an account has that e-mail address already
     * @throws InvalidChangeException if the name, address or role will not do
     */
    public AddedUser add(Caller caller, String name, String email, String roleName)
            throws EmailInUseException, InvalidChangeException {
        Account administrator = accessControl.requireAccount(caller, Permission.USERS_MANAGE);
        if (!Role.USER.label().equalsIgnoreCase(roleName == null ? "" : roleName.strip())) {
            accessControl.requireAccount(caller, Permission.ROLES_MANAGE);
        }
        requireText(name, Account.MAX_NAME_LENGTH, "A name");
        requireText(email, Account.MAX_EMAIL_LENGTH, "An e-mail address");
        if (!email.contains("@")) {
            throw new InvalidChangeException("Enter an e-mail address such as name@example.com.");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new EmailInUseException();
        }
        Instant now = clock.instant();
        Account account = new Account(
                email,
                name.strip(),
                // Nobody knows this password: the holder sets one through the link.
                passwordHasher.hash(publicIds.next().toCharArray()),
                Role.USER,
                now,
                administrator.getOrganisation().orElseThrow());
        roles.assign(account, roleName);
        accounts.store(account);
        String token = setPasswordLinks.open(account);
        activityLog.append(new ActivityEvent(
                now,
                ActivityType.USER_ADDED,
                account,
                null,
                caller.ipAddress(),
                "Added by " + administrator.getEmail() + " as " + account.roleName()));
        return new AddedUser(account.getPublicId(), token);
    }

    /**
     * Disables an account of the organisation: it can no longer sign in, and its sessions end.
     *
     * @throws UnknownAccountException if the organisation has no such account
     * @throws InvalidChangeException if it is the caller's own
     */
    public List<EndedSession> disable(Caller caller, String accountPublicId)
            throws UnknownAccountException, InvalidChangeException {
        Account administrator = accessControl.requireAccount(caller, Permission.USERS_MANAGE);
        Account account = accessControl.accountByPublicId(caller, administrator, accountPublicId, "disable");
        if (account.getEmail().equals(administrator.getEmail())) {
            throw new InvalidChangeException("You cannot disable your own account.");
        }
        return accountSecurity.disable(caller, account.getEmail());
    }

    private static void requireText(String text, int maxLength, String what) throws InvalidChangeException {
        if (text == null || text.isBlank() || text.strip().length() > maxLength) {
            throw new InvalidChangeException(what + " has 1 to " + maxLength + " characters.");
        }
    }
}
