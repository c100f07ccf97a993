package com.activesessions.domain.model;

/** The kinds of event the activity log records. */
public enum ActivityType {
    SIGNED_UP("Signed up"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SIGNED_OUT("Signed out"),
    SESSION_ENDED_FROM_ANOTHER_DEVICE("Session ended from another device"),
    SESSION_EXPIRED("Session expired"),
    SESSION_END_REFUSED("Refused to end an unknown session");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
