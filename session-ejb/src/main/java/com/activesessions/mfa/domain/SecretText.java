package com.activesessions.mfa.domain;

/**
 * A TOTP secret as text: the form people type into an authenticator app and its {@code otpauth://}
 * URI carries (Base32, RFC 4648, without padding). A port, so that the application does not carry
 * the encoding itself.
 */
public interface SecretText {

    String textOf(byte[] secret);

    /**
     * Reads a secret as people copy it: any case, with spaces, dashes or padding, which are ignored.
     *
     * @throws IllegalArgumentException if a character is not of the alphabet
     */
    byte[] secretOf(String text);
}
