package com.activesessions.activity.domain;

/** The kinds of event the activity log records. */
public enum ActivityType {
    SIGNED_UP("Signed up"),
    SIGN_UP_WITH_TAKEN_EMAIL("Sign-up tried with this e-mail address"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SIGNED_OUT("Signed out"),
    SESSION_ENDED_FROM_ANOTHER_DEVICE("Session ended from another device"),
    SESSION_EXPIRED("Session expired"),
    SESSION_REPLACED("Session replaced (cap reached)"),
    SIGN_IN_REFUSED_CAP("Sign-in refused (too many sessions)"),
    NEW_DEVICE_SIGN_IN("Sign-in from a new device"),
    HIJACK_SIGNAL("Hijack signal"),
    PASSWORD_CHANGED("Password changed"),
    ACCOUNT_DISABLED("Account disabled"),
    SESSION_ENDED_BY_ACCOUNT_CHANGE("Session ended by a change to the account"),
    SESSION_ENDED_AT_RESTART("Session ended at server restart"),
    SESSION_END_REFUSED("Refused to end an unknown session"),
    SIGN_IN_THROTTLED("Sign-in refused after too many failures"),
    EXPORT_MADE("Export made"),
    EVENTS_REMOVED_BY_RETENTION("Old events removed (retention)"),
    ACCESS_REFUSED("Access refused"),
    SESSION_ENDED_BY_ADMINISTRATOR("Session ended by an administrator"),
    USER_ADDED("User added"),
    PASSWORD_SET("Password set through a link"),
    ROLE_CHANGED("Role changed"),
    ROLE_DEFINED("Role defined"),
    POLICY_CHANGED("Session policy changed"),
    SUPPORT_VIEW("Viewed by support"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    API_TOKEN_USED("API token used"),
    API_TOKEN_REFUSED("API token refused"),
    MFA_ENROLLED("Two-factor authentication turned on"),
    MFA_DISABLED("Two-factor authentication turned off"),
    MFA_CODE_FAILED("Wrong authentication code"),
    MFA_RECOVERY_CODE_USED("Recovery code used");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
