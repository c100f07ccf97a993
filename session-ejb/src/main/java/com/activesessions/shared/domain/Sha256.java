package com.activesessions.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of a random secret, in hex. A fast hash is right for secrets that are long and
 * random (session ids, API tokens): they cannot be guessed, so only a copy of the database
 * must not give them away. Passwords need the slow hash instead.
 */
public final class Sha256 {

    private Sha256() {}

    public static String hex(String secret) {
        Objects.requireNonNull(secret, "A secret is required");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
