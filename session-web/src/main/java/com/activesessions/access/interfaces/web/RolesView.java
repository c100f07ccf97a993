package com.activesessions.access.interfaces.web;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.RoleAdministration;
import com.activesessions.access.application.RoleCatalogue;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Backs the Roles page: the built-in roles and the organisation's own; define a new one. */
@Named
@ViewScoped
public class RolesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A role as the page lists it, with its permissions' dotted names in one line. */
    public record RoleRow(String name, String permissions, boolean builtIn) implements Serializable {}

    @Inject
    private RoleAdministration roles;

    @Inject
    private CurrentCaller currentCaller;

    private List<RoleRow> rows = List.of();
    private boolean allowed;
    private String newName;
    private String[] newPermissions = new String[0];

    @PostConstruct
    void load() {
        try {
            rows = roles.roles(currentCaller.get()).stream().map(RolesView::row).toList();
            allowed = true;
        } catch (AccessDeniedException e) {
            allowed = false;
            Messages.error(e.getMessage());
        }
    }

    public void define() {
        try {
            roles.define(
                    currentCaller.get(),
                    newName,
                    Arrays.stream(newPermissions)
                            .map(Permission::ofKey)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class))));
            Messages.info("Role " + newName.strip() + " defined.");
            newName = null;
            newPermissions = new String[0];
        } catch (InvalidChangeException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        } catch (IllegalArgumentException e) {
            Messages.error("Choose permissions from the list.");
        }
        load();
    }

    private static RoleRow row(RoleCatalogue.RoleDescription role) {
        return new RoleRow(
                role.name(),
                role.permissions().stream().sorted().map(Permission::key).collect(Collectors.joining(", ")),
                role.builtIn());
    }

    public List<RoleRow> getRows() {
        return rows;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Permission[] getPermissions() {
        return Permission.values();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    /** The dotted names of the permissions chosen for the new role. */
    public String[] getNewPermissions() {
        return newPermissions;
    }

    public void setNewPermissions(String[] newPermissions) {
        this.newPermissions = newPermissions == null ? new String[0] : newPermissions;
    }
}
