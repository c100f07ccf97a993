package com.activesessions.mfa.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.mfa.domain.OneTimePasswords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B, the SHA-1 rows: the 20-byte ASCII seed "12345678901234567890". */
class TotpTest {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final OneTimePasswords totp = new Totp();

    @ParameterizedTest(name = "at {0} s the 8-digit code is {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theCodesOfAppendixBWithEightDigits(long seconds, String expected) {
        assertEquals(expected, Totp.code(SEED, Totp.stepOf(Instant.ofEpochSecond(seconds)), 8));
    }

    @ParameterizedTest(name = "at {0} s the 6-digit code is {1}")
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void theSameCodesTruncatedToTheSixDigitsTheProductAsksFor(long seconds, String expected) {
        assertEquals(expected, Totp.code(SEED, Totp.stepOf(Instant.ofEpochSecond(seconds))));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.stepOf(now);

        assertEquals(OptionalLong.of(step), totp.matchingStep(SEED, "050471", now));
        assertEquals(OptionalLong.of(step - 1), totp.matchingStep(SEED, Totp.code(SEED, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), totp.matchingStep(SEED, Totp.code(SEED, step + 1), now));
        assertTrue(totp.matchingStep(SEED, Totp.code(SEED, step - 2), now).isEmpty());
        assertTrue(totp.matchingStep(SEED, Totp.code(SEED, step + 2), now).isEmpty());
    }

    @Test
    void anythingButSixDigitsMatchesNothing() {
        Instant now = Instant.ofEpochSecond(59);

        assertTrue(totp.matchingStep(SEED, "94287082", now).isEmpty());
        assertTrue(totp.matchingStep(SEED, "28708", now).isEmpty());
        assertTrue(totp.matchingStep(SEED, "28708x", now).isEmpty());
        assertTrue(totp.matchingStep(SEED, null, now).isEmpty());
    }
}
