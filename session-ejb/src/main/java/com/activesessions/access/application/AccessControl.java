package com.activesessions.access.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that decides whether a caller may do something, and within which organisation.
 * Every service asks it first, whatever the pages show:
 *
 * <pre>
 * Organisation scope = accessControl.require(caller, Permission.SESSIONS_VIEW_ALL);
 * </pre>
 *
 * Permissions are read from the database on each call, so a changed role applies at the
 * caller's next request. Each refusal is recorded in the activity log.
 */
@Stateless
public class AccessControl {

    private final AccountRepository accounts;
    private final ActivityLog activityLog;
    private final CallerSessions callerSessions;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public AccessControl() {
        this(null, null, null, null);
    }

    @Inject
    public AccessControl(
            AccountRepository accounts, ActivityLog activityLog, CallerSessions callerSessions, Clock clock) {
        this.accounts = accounts;
        this.activityLog = activityLog;
        this.callerSessions = callerSessions;
        this.clock = clock;
    }

    /**
     * The caller's organisation, if the caller holds the permission; an organisation-wide
     * permission reaches that organisation and no other, and is never held without one (so the
     * answer is null only for a permission over the caller's own things).
     *
     * @throws AccessDeniedException if not; the refusal is recorded
     */
    public Organisation require(Caller caller, Permission permission) {
        Account account = requireAccount(caller, permission);
        return account.getOrganisation().orElse(null);
    }

    /**
     * The caller's account, if it holds the permission.
     *
     * @throws AccessDeniedException if not; the refusal is recorded
     */
    public Account requireAccount(Caller caller, Permission permission) {
        Optional<Account> account = activeAccountOf(caller.email());
        if (account.isEmpty() || !account.get().holds(permission)) {
            throw refuse(caller, account.orElse(null), "Lacks " + permission.key());
        }
        return account.get();
    }

    /**
     * The account of that public id, if it is of the actor's organisation. An account of another
     * organisation is answered as unknown, and the attempt is recorded.
     *
     * @param action what the actor tried, for the record, such as "end the sessions of"
     * @throws UnknownAccountException if the actor's organisation has no such account
     */
    public Account accountByPublicId(Caller caller, Account actor, String publicId, String action)
            throws UnknownAccountException {
        return withinOrganisation(
                caller,
                actor,
                publicId,
                action,
                accounts::findByPublicId,
                organisation -> accounts.findByPublicId(organisation, publicId));
    }

    /**
     * The account of that e-mail address, if it is of the actor's organisation; as {@link
     * #accountByPublicId}.
     */
    public Account accountByEmail(Caller caller, Account actor, String email, String action)
            throws UnknownAccountException {
        return withinOrganisation(
                caller,
                actor,
                email,
                action,
                accounts::findByEmail,
                organisation -> accounts.findByEmail(organisation, email));
    }

    private Account withinOrganisation(
            Caller caller,
            Account actor,
            String name,
            String action,
            Function<String, Optional<Account>> anywhere,
            Function<Organisation, Optional<Account>> inOrganisation)
            throws UnknownAccountException {
        Optional<Organisation> organisation = actor.getOrganisation();
        if (name == null || name.isBlank() || organisation.isEmpty()) {
            throw new UnknownAccountException();
        }
        Optional<Account> found = inOrganisation.apply(organisation.get());
        if (found.isEmpty()) {
            if (anywhere.apply(name).isPresent()) {
                refuse(caller, actor, "Tried to " + action + " " + name + ", of another organisation");
            }
            throw new UnknownAccountException();
        }
        return found.get();
    }

    /** What the signed-in account may do; nothing for an unknown or disabled one. */
    public Set<Permission> permissionsOf(String email) {
        return activeAccountOf(email).map(Account::permissions).orElse(Set.of());
    }

    /**
     * Records an attempt on something the caller may not reach (another organisation's session or
     * account, say), and gives the exception to throw.
     */
    public AccessDeniedException refuse(Caller caller, Account account, String details) {
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.ACCESS_REFUSED,
                account,
                callerSessions.publicIdOf(caller),
                caller.ipAddress(),
                details));
        return new AccessDeniedException();
    }

    private Optional<Account> activeAccountOf(String email) {
        return accounts.findByEmail(email).filter(account -> !account.isDisabled());
    }
}
