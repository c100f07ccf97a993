package com.activesessions.it;

import com.activesessions.mfa.infrastructure.Base32;
import com.activesessions.mfa.infrastructure.Totp;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

/**
 * What a person's authenticator app does, for the tests: it takes the key shown at enrolment and
 * gives the current code. As a person would wait for the next code after using one, it never gives
 * a code of a step it gave before (each code is good once).
 */
public final class AuthenticatorApp {

    private final byte[] secret;
    private long lastStep = Long.MIN_VALUE;

    /** @param key the key as the enrolment page shows it, in Base32 */
    public AuthenticatorApp(String key) {
        this.secret = new Base32().secretOf(key);
    }

    public int secretBits() {
        return secret.length * 8;
    }

    /** The code of the current step, or of the next one if the current one's was given already. */
    public String nextCode() {
        long step = Math.max(lastStep + 1, Totp.stepOf(Instant.now()));
        if (step > Totp.stepOf(Instant.now()) + Totp.DRIFT_STEPS) {
            throw new AssertionError("Every code the server accepts now was used already");
        }
        lastStep = step;
        return Totp.code(secret, step);
    }

    /** Whether the last code given would still be accepted now, had it not been used. */
    public boolean lastCodeStillCurrent() {
        return Totp.stepOf(Instant.now()) <= lastStep + Totp.DRIFT_STEPS;
    }

    /** Six digits that are the code of no step the server could accept now. */
    public String wrongCode() {
        long now = Totp.stepOf(Instant.now());
        List<String> valid = LongStream.rangeClosed(now - 2, now + 2)
                .mapToObj(step -> Totp.code(secret, step))
                .toList();
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }
}
