/**
 * Turning MFA on and off, the organisation's MFA policy, and making the factors: TOTP secrets and
 * recovery codes.
 */
package com.activesessions.mfa.application;
