package com.activesessions.sessions.domain;

/** Why a session ended, in the words the history shows. */
public enum EndReason {
    LOGGED_OUT("Logged out"),
    ENDED_FROM_ANOTHER_DEVICE("Ended from another device"),
    ENDED_BY_ADMINISTRATOR("Ended by an administrator"),
    EXPIRED_IDLE("Expired (idle)"),
    EXPIRED_LIFETIME("Expired (lifetime)"),
    REPLACED("Replaced (cap)"),
    PASSWORD_CHANGED("Ended (password changed)"),
    HIJACK_SIGNAL("Ended (hijack signal)"),
    ACCOUNT_DISABLED("Ended (account disabled)"),
    SERVER_RESTART("Ended (server restart)");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
