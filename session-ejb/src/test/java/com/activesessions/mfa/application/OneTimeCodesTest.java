package com.activesessions.mfa.application;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.mfa.application.OneTimeCodes.Outcome;
import com.activesessions.mfa.domain.SecretSeal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The second factor's codes without a server: a code of the authenticator is good once and never
 * after a later one; recovery codes are made ten at a time, each good once, and counted. Which
 * codes fall in the window around now is the {@code OneTimePasswords} port's rule (TotpTest).
 */
class OneTimeCodesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final byte[] SECRET = "12345678901234567890".getBytes(US_ASCII);
    private static final String RECOVERY_CODE = "[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}";

    /** The codes of the secret that the window around now holds, with the step of each. */
    private static final Map<String, Long> IN_THE_WINDOW = Map.of("099099", 99L, "100100", 100L, "101101", 101L);

    private final List<Instant> askedAt = new ArrayList<>();
    private final SecretSeal seal = new ReversibleSeal();
    private final Account account = new Account("alice@example.com", "Alice", "hash", Role.USER, NOW);
    private final InMemoryRecoveryCodes recoveryCodes = new InMemoryRecoveryCodes();
    private final OneTimeCodes codes = new OneTimeCodes(
            seal, this::matchingStep, new OneAccount(account), recoveryCodes, Clock.fixed(NOW, ZoneOffset.UTC));

    OneTimeCodesTest() {
        account.beginMfaEnrolment(seal.seal(SECRET));
    }

    // Codes of the authenticator ------------------------------------------------------------------

    @Test
    void aCodeOfTheAuthenticatorIsAcceptedOnceThenReportedAsAlreadyUsed() {
        assertEquals(Outcome.ACCEPTED, codes.useTotp(account, "100100"));
        assertEquals(Outcome.ALREADY_USED, codes.useTotp(account, "100100"));
    }

    @Test
    void aCodeOfAnEarlierStepIsRefusedOnceALaterOneWasAccepted() {
        assertEquals(Outcome.ACCEPTED, codes.useTotp(account, "101101"));

        assertEquals(Outcome.ALREADY_USED, codes.useTotp(account, "100100"));
        assertEquals(Outcome.ALREADY_USED, codes.useTotp(account, "099099"));
    }

    @Test
    void aWrongCodeIsWrongAndUsesNothingUp() {
        assertEquals(Outcome.WRONG, codes.useTotp(account, "123456"));
        assertEquals(Outcome.WRONG, codes.useTotp(account, null));

        assertEquals(Outcome.ACCEPTED, codes.useTotp(account, "099099"));
    }

    @Test
    void aCodeIsCheckedAgainstTheUnsealedSecretAtTheClocksTimeWithoutTheSpacesAroundIt() {
        assertEquals(Outcome.ACCEPTED, codes.useTotp(account, " 100100\n"));

        assertEquals(List.of(NOW), askedAt);
    }

    @Test
    void anAccountWithoutASecretHasNoCodeToCheck() {
        Account without = new Account("bob@example.com", "Bob", "hash", Role.USER, NOW);

        assertThrows(IllegalStateException.class, () -> codes.useTotp(without, "100100"));
    }

    @Test
    void aNewSecretIs160RandomBits() {
        byte[] first = codes.newSecret();

        assertEquals(20, first.length);
        assertFalse(Arrays.equals(first, codes.newSecret()));
    }

    // Recovery codes ------------------------------------------------------------------------------

    @Test
    void recoveryCodesComeTenAtATimeInFourGroupsOfFourWithoutLookAlikes() {
        List<String> made = codes.renewRecoveryCodes(account);

        assertEquals(10, made.size());
        assertEquals(10, new HashSet<>(made).size(), "all different");
        made.forEach(code -> assertTrue(code.matches(RECOVERY_CODE), code));
        assertEquals(10, codes.recoveryCodesLeft(account));
    }

    @Test
    void aRecoveryCodeIsGoodOnceAndCountedAsUsed() {
        List<String> made = codes.renewRecoveryCodes(account);

        assertTrue(codes.useRecoveryCode(account, made.get(3)));
        assertFalse(codes.useRecoveryCode(account, made.get(3)), "twice");
        assertEquals(9, codes.recoveryCodesLeft(account));
    }

    @Test
    void aRecoveryCodeIsReadWhateverItsCaseSpacesOrDashes() {
        String code = codes.renewRecoveryCodes(account).get(0);

        assertTrue(codes.useRecoveryCode(account, code.toLowerCase(Locale.ROOT).replace('-', ' ')));
    }

    @Test
    void newRecoveryCodesReplaceEveryEarlierOne() {
        List<String> earlier = codes.renewRecoveryCodes(account);

        codes.renewRecoveryCodes(account);

        assertFalse(codes.useRecoveryCode(account, earlier.get(0)));
        assertEquals(10, codes.recoveryCodesLeft(account));
    }

    @Test
    void aMissingOrOverlongRecoveryCodeIsRefused() {
        codes.renewRecoveryCodes(account);

        assertFalse(codes.useRecoveryCode(account, null));
        assertFalse(codes.useRecoveryCode(account, "A".repeat(65)));
        assertEquals(10, codes.recoveryCodesLeft(account));
    }

    @Test
    void forgettingTheFactorsDeletesTheRecoveryCodesAndTurnsMfaOff() {
        account.enableMfa();
        codes.renewRecoveryCodes(account);

        codes.forget(account);

        assertEquals(0, recoveryCodes.held(account));
        assertFalse(account.isMfaEnabled());
        assertTrue(account.getMfaSecret().isEmpty());
    }

    // Helpers -------------------------------------------------------------------------------------

    private OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        askedAt.add(now);
        Long step = Arrays.equals(secret, SECRET) && typed != null ? IN_THE_WINDOW.get(typed) : null;
        return step == null ? OptionalLong.empty() : OptionalLong.of(step);
    }

    /** A seal a test can see through: what matters here is that the secret is sealed and opened again. */
    static final class ReversibleSeal implements SecretSeal {

        @Override
        public String seal(byte[] secret) {
            return "sealed:" + Base64.getEncoder().encodeToString(secret);
        }

        @Override
        public byte[] open(String sealed) {
            assertNotEquals(-1, sealed.indexOf("sealed:"), "only what was sealed is opened");
            return Base64.getDecoder().decode(sealed.substring("sealed:".length()));
        }
    }
}
