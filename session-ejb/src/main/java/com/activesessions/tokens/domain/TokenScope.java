package com.activesessions.tokens.domain;

import java.util.Set;

/** What a personal API token may do: a script that only reads should not be able to end anything. */
public enum TokenScope {
    READ("Read sessions and activity"),
    READ_AND_END("Read, and end sessions");

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String label;

    TokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a request with this HTTP method is within the scope. */
    public boolean permits(String httpMethod) {
        return this == READ_AND_END || READING_METHODS.contains(httpMethod);
    }
}
