package com.activesessions.console.interfaces.web;

import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One page in the sidebar: its name, its address, and who may open it (some roles, or the holders
 * of a permission). A class with getters rather than a record, because Jakarta EL 5 reads bean
 * properties only.
 */
public final class MenuEntry {

    private final String label;
    private final String path;
    private final Set<Role> roles;
    private final Permission permission;

    private MenuEntry(String label, String path, Set<Role> roles, Permission permission) {
        this.label = Objects.requireNonNull(label, "A menu entry needs a label");
        this.path = Objects.requireNonNull(path, "A menu entry needs the path of its page");
        this.roles = Set.copyOf(roles);
        this.permission = permission;
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A menu entry's path starts with /: " + path);
        }
    }

    /** A page that every signed-in account may open. */
    public static MenuEntry forEveryone(String label, String path) {
        return new MenuEntry(label, path, EnumSet.allOf(Role.class), null);
    }

    /** A page that only the given roles may open. */
    public static MenuEntry forRoles(String label, String path, Role first, Role... others) {
        return new MenuEntry(label, path, EnumSet.of(first, others), null);
    }

    /** A page that only the holders of the permission may open (its service checks it too). */
    public static MenuEntry forPermission(String label, String path, Permission permission) {
        return new MenuEntry(
                label,
                path,
                Set.of(),
                Objects.requireNonNull(permission, "A page for the holders of a permission names it"));
    }

    public boolean isOpenTo(Predicate<Role> callerHas) {
        return isOpenTo(callerHas, Set.of());
    }

    public boolean isOpenTo(Predicate<Role> callerHas, Set<Permission> held) {
        return permission != null ? held.contains(permission) : roles.stream().anyMatch(callerHas);
    }

    public String getLabel() {
        return label;
    }

    /** The page's address within the application, such as {@code /activesession}. */
    public String getPath() {
        return path;
    }

    /** The Faces view the path opens (extensionless mapping). */
    public String getViewId() {
        return path + ".xhtml";
    }
}
