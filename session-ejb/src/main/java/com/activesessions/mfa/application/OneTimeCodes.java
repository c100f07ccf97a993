package com.activesessions.mfa.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.mfa.domain.OneTimePasswords;
import com.activesessions.mfa.domain.RecoveryCode;
import com.activesessions.mfa.domain.RecoveryCodeRepository;
import com.activesessions.mfa.domain.SecretSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Makes and checks an account's second factors: the TOTP secret (160 random bits, RFC 4226's
 * recommended length), the codes of it, and the recovery codes. A TOTP code is good once: the
 * step it belongs to is recorded, and a code of that step or an earlier one is refused after
 * (ASVS 2.8.4).
 */
@ApplicationScoped
public class OneTimeCodes {

    static final int SECRET_BYTES = 20;
    static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    private final SecretSeal seal;
    private final OneTimePasswords oneTimePasswords;
    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final Clock clock;

    /** For the container's proxy. */
    protected OneTimeCodes() {
        this(null, null, null, null, null);
    }

    @Inject
    public OneTimeCodes(
            SecretSeal seal,
            OneTimePasswords oneTimePasswords,
            AccountRepository accounts,
            RecoveryCodeRepository recoveryCodes,
            Clock clock) {
        this.seal = seal;
        this.oneTimePasswords = oneTimePasswords;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** What a typed code turned out to be. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        ALREADY_USED
    }

    /** Checks a TOTP code of the account's secret, enrolled or being enrolled, and uses it up. */
    public Outcome useTotp(Account account, String typed) {
        byte[] secret = seal.open(
                account.getMfaSecret().orElseThrow(() -> new IllegalStateException("The account has no MFA secret")));
        OptionalLong step =
                oneTimePasswords.matchingStep(secret, typed == null ? null : typed.strip(), clock.instant());
        if (step.isEmpty()) {
            return Outcome.WRONG;
        }
        return accounts.useMfaStep(account, step.getAsLong()) ? Outcome.ACCEPTED : Outcome.ALREADY_USED;
    }

    public boolean useRecoveryCode(Account account, String typed) {
        return typed != null && typed.length() <= 64 && recoveryCodes.use(account, typed, clock.instant());
    }

    /** Ten new recovery codes for the account, replacing any it had; the plain codes are returned to show once. */
    public List<String> renewRecoveryCodes(Account account) {
        List<String> codes = new ArrayList<>();
        List<RecoveryCode> stored = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = newRecoveryCode();
            codes.add(code);
            stored.add(new RecoveryCode(account, code));
        }
        recoveryCodes.replace(account, stored);
        return codes;
    }

    /** Four groups of four characters of an alphabet of 32 without look-alikes (no 0/O, 1/I): 80 bits. */
    private String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    public long recoveryCodesLeft(Account account) {
        return recoveryCodes.countUnused(account);
    }

    public void forget(Account account) {
        recoveryCodes.deleteAll(account);
        account.disableMfa();
    }
}
