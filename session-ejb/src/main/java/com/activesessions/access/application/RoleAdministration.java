package com.activesessions.access.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.CustomRole;
import com.activesessions.accounts.domain.CustomRoleRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.InvalidChangeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's administrators define roles of their own as named sets of permissions, and
 * give roles to accounts ({@code roles.manage}). A changed role applies at the account's next
 * request: permissions are read on every call.
 */
@Stateless
public class RoleAdministration {

    private final AccessControl accessControl;
    private final RoleCatalogue catalogue;
    private final CustomRoleRepository customRoles;
    private final ActivityLog activityLog;
    private final Clock clock;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public RoleAdministration() {
        this(null, null, null, null, null);
    }

    @Inject
    public RoleAdministration(
            AccessControl accessControl,
            RoleCatalogue catalogue,
            CustomRoleRepository customRoles,
            ActivityLog activityLog,
            Clock clock) {
        this.accessControl = accessControl;
        this.catalogue = catalogue;
        this.customRoles = customRoles;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    public List<RoleCatalogue.RoleDescription> roles(Caller caller) {
        return catalogue.rolesOf(accessControl.require(caller, Permission.ROLES_MANAGE));
    }

    /**
     * Defines a role of the caller's organisation.
     *
     * @throws InvalidChangeException if the name is taken or empty, or no permission is chosen
     */
    public void define(Caller caller, String name, Set<Permission> permissions) throws InvalidChangeException {
        Account administrator = accessControl.requireAccount(caller, Permission.ROLES_MANAGE);
        Organisation organisation = administrator.getOrganisation().orElseThrow();
        if (name == null || name.isBlank() || name.strip().length() > CustomRole.MAX_NAME_LENGTH) {
            throw new InvalidChangeException("A role's name has 1 to " + CustomRole.MAX_NAME_LENGTH + " characters.");
        }
        if (permissions == null || permissions.isEmpty()) {
            throw new InvalidChangeException("Choose at least one permission.");
        }
        if (catalogue.isBuiltIn(name)
                || customRoles.findByOrganisationAndName(organisation, name).isPresent()) {
            throw new InvalidChangeException("There is a role named " + name.strip() + " already.");
        }
        customRoles.store(new CustomRole(organisation, name, permissions, clock.instant()));
        record(ActivityType.ROLE_DEFINED, administrator, caller, name.strip() + ": " + keys(permissions));
    }

    /**
     * Gives an account of the organisation the role of that name.
     *
     * @throws UnknownAccountException if the organisation has no such account
     * @throws InvalidChangeException if there is no such role, or the account is the caller's own
     */
    public void assign(Caller caller, String accountPublicId, String roleName)
            throws UnknownAccountException, InvalidChangeException {
        Account administrator = accessControl.requireAccount(caller, Permission.ROLES_MANAGE);
        Account account = accessControl.accountByPublicId(caller, administrator, accountPublicId, "change the role of");
        if (account.getEmail().equals(administrator.getEmail())) {
            throw new InvalidChangeException("You cannot change your own role.");
        }
        String before = account.roleName();
        catalogue.assign(account, roleName);
        record(
                ActivityType.ROLE_CHANGED,
                account,
                caller,
                before + " → " + account.roleName() + ", by " + administrator.getEmail());
    }

    private void record(ActivityType type, Account account, Caller caller, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, account, null, caller.ipAddress(), details));
    }

    private static String keys(Set<Permission> permissions) {
        return permissions.stream().sorted().map(Permission::key).collect(Collectors.joining(", "));
    }
}
