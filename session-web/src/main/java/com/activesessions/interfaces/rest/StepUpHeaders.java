package com.activesessions.interfaces.rest;

/**
 * The headers in which a browser session's API call confirms who holds it before a sensitive step
 * (see {@code StepUp}): the password, and the second factor of an account that has one.
 */
final class StepUpHeaders {

    static final String PASSWORD = "X-Password";
    static final String CODE = "X-MFA-Code";

    private StepUpHeaders() {}
}
