package com.activesessions.domain.model;

/** What an account may do. The name of each role is also the security group it grants. */
public enum Role {
    USER("user", "User"),
    ADMIN("admin", "Administrator");

    private final String group;
    private final String label;

    Role(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }
}
