package com.activesessions.domain.model;

/** Why a session ended, in the words the history shows. */
public enum EndReason {
    LOGGED_OUT("Logged out"),
    ENDED_FROM_ANOTHER_DEVICE("Ended from another device"),
    EXPIRED_IDLE("Expired (idle)");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
