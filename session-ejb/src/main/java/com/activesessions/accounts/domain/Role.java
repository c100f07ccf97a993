package com.activesessions.accounts.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in roles: what an account may do unless its organisation gives it a {@link
 * CustomRole}. The name of each role is also the security group it grants.
 */
public enum Role {
    USER("user", "User", EnumSet.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_END_OWN)),
    ADMIN("admin", "Administrator", EnumSet.allOf(Permission.class)),
    /** Sees what an administrator sees, and can change nothing: not even end its own sessions. */
    READ_ONLY(
            "read-only",
            "Read-only",
            EnumSet.of(
                    Permission.SESSIONS_VIEW_OWN,
                    Permission.SESSIONS_VIEW_ALL,
                    Permission.ACTIVITY_VIEW_ALL,
                    Permission.USAGE_VIEW)),
    /** A user who may also open another user's sessions and activity, read-only, to help them. */
    SUPPORT(
            "support",
            "Support",
            EnumSet.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_END_OWN, Permission.SUPPORT_VIEW));

    private final String group;
    private final String label;
    private final Set<Permission> permissions;

    Role(String group, String label, Set<Permission> permissions) {
        this.group = group;
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
