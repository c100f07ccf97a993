/**
 * The MFA ports' implementations: TOTP (RFC 6238), Base32, the cipher that seals TOTP secrets; and
 * recovery codes in JPA.
 */
package com.activesessions.mfa.infrastructure;
