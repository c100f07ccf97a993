package com.activesessions.signin.interfaces.rest;

/**
 * The headers in which a browser session's API call confirms who holds it before a sensitive step
 * (see {@code StepUp}): the password, and the second factor of an account that has one.
 */
public final class StepUpHeaders {

    public static final String PASSWORD = "X-Password";
    public static final String CODE = "X-MFA-Code";

    private StepUpHeaders() {}
}
