package com.activesessions.accounts.domain;

/**
 * One thing a role may do. A role, built in or defined by an organisation's administrators, is a
 * set of these; the services check them, whatever the pages show. The dotted name is how people
 * and the API spell a permission.
 */
public enum Permission {
    SESSIONS_VIEW_OWN("sessions.view.own", "See one's own sessions", false),
    SESSIONS_END_OWN("sessions.end.own", "End one's own sessions", false),
    SESSIONS_VIEW_ALL("sessions.view.all", "See every session of the organisation", true),
    SESSIONS_END_ALL("sessions.end.all", "End any session of the organisation", true),
    ACTIVITY_VIEW_ALL("activity.view.all", "See the organisation's activity log", true),
    USERS_MANAGE("users.manage", "Add and disable users", true),
    ROLES_MANAGE("roles.manage", "Define roles and give them to users", true),
    POLICY_MANAGE("policy.manage", "Change the organisation's session policy", true),
    USAGE_VIEW("usage.view", "See the organisation's usage", true),
    SUPPORT_VIEW("support.view", "Open a user's sessions and activity, read-only, to help them", true);

    private final String key;
    private final String description;
    private final boolean organisationWide;

    Permission(String key, String description, boolean organisationWide) {
        this.key = key;
        this.description = description;
        this.organisationWide = organisationWide;
    }

    /** The dotted name, such as {@code sessions.view.all}. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /**
     * Whether it reaches other accounts of the caller's organisation: an account of no
     * organisation never holds such a permission.
     */
    public boolean isOrganisationWide() {
        return organisationWide;
    }

    /** The permission of the given dotted name. */
    public static Permission ofKey(String key) {
        for (Permission permission : values()) {
            if (permission.key.equals(key)) {
                return permission;
            }
        }
        throw new IllegalArgumentException("No such permission: " + key);
    }
}
