package com.activesessions.access.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.CustomRole;
import com.activesessions.accounts.domain.CustomRoleRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.shared.application.InvalidChangeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles an organisation's accounts can have, by name: the built-in ones (by their label,
 * such as "Administrator") and the organisation's own.
 */
@ApplicationScoped
public class RoleCatalogue {

    /**
     * A role as administrators see it.
     *
     * @param name its name, unique within the organisation
     * @param permissions what it may do
     * @param builtIn whether it is one of the product's roles, which cannot be changed
     */
    public record RoleDescription(String name, Set<Permission> permissions, boolean builtIn) {}

    private final CustomRoleRepository customRoles;

    /** For the container's proxy. */
    protected RoleCatalogue() {
        this(null);
    }

    @Inject
    public RoleCatalogue(CustomRoleRepository customRoles) {
        this.customRoles = customRoles;
    }

    /** The built-in roles, then the organisation's own by name. */
    public List<RoleDescription> rolesOf(Organisation organisation) {
        List<RoleDescription> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(new RoleDescription(role.label(), role.permissions(), true));
        }
        for (CustomRole role : customRoles.findByOrganisation(organisation)) {
            roles.add(new RoleDescription(role.getName(), role.getPermissions(), false));
        }
        return roles;
    }

    /** Whether the name is that of a built-in role. */
    public boolean isBuiltIn(String name) {
        return builtIn(name).isPresent();
    }

    /**
     * Gives the account the role of that name.
     *
     * @throws InvalidChangeException if the organisation has no role of that name
     */
    public void assign(Account account, String roleName) throws InvalidChangeException {
        Optional<Role> role = builtIn(roleName);
        if (role.isPresent()) {
            account.assignRole(role.get());
            return;
        }
        Organisation organisation = account.getOrganisation().orElseThrow();
        account.assignRole(customRoles
                .findByOrganisationAndName(organisation, roleName)
                .orElseThrow(() -> new InvalidChangeException("There is no role named " + roleName + ".")));
    }

    private static Optional<Role> builtIn(String name) {
        return name == null
                ? Optional.empty()
                : Arrays.stream(Role.values())
                        .filter(role -> role.label().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }
}
