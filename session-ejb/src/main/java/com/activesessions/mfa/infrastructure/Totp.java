package com.activesessions.mfa.infrastructure;

import com.activesessions.mfa.domain.OneTimePasswords;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and every authenticator app computes
 * them: HMAC-SHA-1 over the number of 30-second steps since the epoch, truncated dynamically (RFC
 * 4226) to 6 digits. A code of the step before or after the current one is accepted too, for a
 * clock that is a little off.
 *
 * <p>The application asks through {@link OneTimePasswords}; the codes of a step ({@link #code}) are
 * also what the tests' authenticator app computes.
 */
@ApplicationScoped
public class Totp implements OneTimePasswords {

    /** Seconds in one time step. */
    public static final long STEP_SECONDS = 30;

    /** Digits in the codes this product asks for. */
    public static final int DIGITS = 6;

    /** Steps of clock drift allowed either way. */
    public static final int DRIFT_STEPS = 1;

    private static final String ALGORITHM = "HmacSHA1";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** The time step an instant falls in. */
    public static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a time step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The code of a time step with the given number of digits (RFC 4226 section 5.3: 6 to 8). */
    public static String code(byte[] secret, long step, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("A one-time code has 6 to 8 digits");
        }
        byte[] hash = hmac(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Every step of the drift is computed and compared in constant time. */
    @Override
    public OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        Objects.requireNonNull(secret, "A secret is required");
        if (typed == null || typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private static byte[] hmac(byte[] secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-1 is part of every Java runtime", e);
        }
    }
}
