/**
 * Recovery codes of a second factor, and the ports the MFA use cases need: sealing the TOTP secret
 * ({@link com.activesessions.mfa.domain.SecretSeal}), writing it as text
 * ({@link com.activesessions.mfa.domain.SecretText}) and checking its codes
 * ({@link com.activesessions.mfa.domain.OneTimePasswords}). Infrastructure implements them.
 */
package com.activesessions.mfa.domain;
