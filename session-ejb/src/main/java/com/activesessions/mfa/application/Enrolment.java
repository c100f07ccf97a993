package com.activesessions.mfa.application;

/**
 * A TOTP secret being enrolled, in the two forms an authenticator app takes it. It is shown to
 * the account's owner once and never logged.
 *
 * @param secret the secret in Base32, to type in
 * @param uri the {@code otpauth://} URI, to scan as a QR code
 */
public record Enrolment(String secret, String uri) {

    @Override
    public String toString() {
        return "Enrolment[secret hidden]";
    }
}
