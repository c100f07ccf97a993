package com.activesessions.mfa.domain;

/**
 * Seals the secrets the database must hold but never show (the TOTP secrets), and opens them again.
 * A port: the application names what it needs, and the cipher and its key stay in infrastructure.
 */
public interface SecretSeal {

    /** @return the sealed secret, as text to store; different each time for the same secret */
    String seal(byte[] secret);

    /** @throws IllegalStateException if the value was altered or sealed with another key */
    byte[] open(String sealed);
}
