package com.activesessions.mfa.application;

/**
 * Where an account stands with MFA, for its Security page.
 *
 * @param enabled whether sign-in asks for a code
 * @param required whether its organisation requires MFA
 * @param recoveryCodesLeft how many unused recovery codes it has
 */
public record MfaStatus(boolean enabled, boolean required, long recoveryCodesLeft) {}
