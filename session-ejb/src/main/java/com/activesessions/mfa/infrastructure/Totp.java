package com.activesessions.mfa.infrastructure;

import com.activesessions.mfa.domain.OneTimePasswords;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and every authenticator app computes
 * them: HMAC-SHA-1 over the number of 30-second steps since the epoch, truncated dynamically (RFC
 * 4226) to 6 digits. A code of the step before or after the current one is accepted too, for a
 * clock that is a little off.
 *
 * <p>The code of a step is java-otp's ({@code com.eatthepath:java-otp}); the library generates
 * codes and leaves checking them to its caller, so the window of one step either way, the
 * constant-time comparison and the step it answers (which the caller keeps, so that a code is good
 * once) are this class's. The application asks through {@link OneTimePasswords}; the code of a step
 * ({@link #code}) is also what the tests' authenticator app computes.
 */
@ApplicationScoped
public class Totp implements OneTimePasswords {

    /** Seconds in one time step. */
    public static final long STEP_SECONDS = 30;

    /** Digits in the codes this product asks for. */
    public static final int DIGITS = 6;

    /** Steps of clock drift allowed either way. */
    public static final int DRIFT_STEPS = 1;

    private static final Duration STEP = Duration.ofSeconds(STEP_SECONDS);
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

    /** Thread-safe: each code is computed on a copy of its MAC. */
    private static final TimeBasedOneTimePasswordGenerator SIX_DIGITS =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);

    /** The time step an instant falls in. */
    public static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a time step. */
    public static String code(byte[] secret, long step) {
        return code(SIX_DIGITS, secret, step);
    }

    /** The code of a time step with the given number of digits (RFC 4226 section 5.3: 6 to 8). */
    public static String code(byte[] secret, long step, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("A one-time code has 6 to 8 digits");
        }
        return code(new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM), secret, step);
    }

    /** Every step of the drift is computed and compared in constant time. */
    @Override
    public OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        Objects.requireNonNull(secret, "A secret is required");
        if (typed == null || typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        byte[] typedBytes = typed.getBytes(StandardCharsets.US_ASCII);
        long current = stepOf(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean matches = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), typedBytes);
            if (matches && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private static String code(TimeBasedOneTimePasswordGenerator generator, byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, ALGORITHM), Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA-1 key takes any bytes", e);
        }
    }
}
