package com.activesessions.mfa.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.mfa.application.OneTimeCodesTest.ReversibleSeal;
import com.activesessions.mfa.domain.SecretSeal;
import com.activesessions.mfa.domain.SecretText;
import com.activesessions.sessions.domain.SessionIdHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Beginning an enrolment, without a server: what is kept, what is shown, and when it may begin. */
class MfaEnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    private final Account account = new Account("alice+mfa@example.com", "Alice", "hash", Role.USER, NOW);
    private final Caller caller = new Caller(account.getEmail(), SessionIdHash.of("a session id"), "192.0.2.1");
    private final SecretSeal seal = new ReversibleSeal();
    private final SecretText hex = new SecretText() {
        @Override
        public String textOf(byte[] secret) {
            return HexFormat.of().withUpperCase().formatHex(secret);
        }

        @Override
        public byte[] secretOf(String text) {
            return HexFormat.of().parseHex(text);
        }
    };
    private final OneAccount accounts = new OneAccount(account);
    private final OneTimeCodes codes = new OneTimeCodes(
            seal,
            (secret, typed, now) -> OptionalLong.empty(),
            accounts,
            new InMemoryRecoveryCodes(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final MfaEnrolment enrolment = new MfaEnrolment(accounts, null, codes, seal, hex, null);

    @Test
    void anEnrolmentKeepsTheNewSecretSealedAndShowsItAsTextAndAsTheUriAnAppScans() {
        Enrolment started = enrolment.begin(caller);

        byte[] kept = seal.open(account.getMfaSecret().orElseThrow());
        assertEquals(20, kept.length);
        assertEquals(hex.textOf(kept), started.secret());
        assertEquals(MfaEnrolment.uri(account.getEmail(), started.secret()), started.uri());
        assertFalse(account.isMfaEnabled(), "on only once a code of it is typed");
    }

    @Test
    void anEnrolmentBegunAgainReplacesTheUnconfirmedSecret() {
        enrolment.begin(caller);
        byte[] first = seal.open(account.getMfaSecret().orElseThrow());

        enrolment.begin(caller);

        assertFalse(Arrays.equals(first, seal.open(account.getMfaSecret().orElseThrow())));
    }

    @Test
    void noEnrolmentBeginsWhileMfaIsOn() {
        enrolment.begin(caller);
        account.enableMfa();

        assertThrows(IllegalStateException.class, () -> enrolment.begin(caller));
    }

    @Test
    void theUriIsGoogleAuthenticatorsKeyUriWithIssuerAccountAndTheRfcsParameters() {
        String uri = MfaEnrolment.uri("alice+mfa@example.com", "JBSWY3DPEHPK3PXP");

        assertEquals(
                "otpauth://totp/Active%20Sessions:alice%2Bmfa%40example.com?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Active%20Sessions&algorithm=SHA1&digits=6&period=30",
                uri);
    }
}
