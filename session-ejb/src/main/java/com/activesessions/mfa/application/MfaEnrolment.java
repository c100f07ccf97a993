package com.activesessions.mfa.application;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.mfa.domain.SecretSeal;
import com.activesessions.mfa.domain.SecretText;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns MFA on for the signed-in caller: a new secret to scan or type, and MFA on only once the
 * caller has typed a code of it, so that nobody is locked out by a secret their app never took.
 */
@Stateless
public class MfaEnrolment {

    /** The name authenticator apps list the account under. */
    static final String ISSUER = "Active Sessions";

    private final AccountRepository accounts;
    private final TrackedSessionRepository sessions;
    private final OneTimeCodes codes;
    private final SecretSeal seal;
    private final SecretText secretText;
    private final MfaEvents events;

    /** For the EJB container, which needs a public constructor without arguments. */
    public MfaEnrolment() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public MfaEnrolment(
            AccountRepository accounts,
            TrackedSessionRepository sessions,
            OneTimeCodes codes,
            SecretSeal seal,
            SecretText secretText,
            MfaEvents events) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.codes = codes;
        this.seal = seal;
        this.secretText = secretText;
        this.events = events;
    }

    /**
     * A new secret for the caller's account, kept encrypted until it is confirmed; an earlier
     * unconfirmed one is replaced.
     *
     * @throws IllegalStateException if MFA is on already
     */
    public Enrolment begin(Caller caller) {
        Account account = accountOf(caller);
        byte[] secret = codes.newSecret();
        account.beginMfaEnrolment(seal.seal(secret));
        String encoded = secretText.textOf(secret);
        return new Enrolment(encoded, uri(account.getEmail(), encoded));
    }

    /**
     * Turns MFA on once the code typed is one of the new secret, and marks the caller's session
     * as verified with it.
     *
     * @return ten recovery codes, to show once: only their hashes are kept
     * @throws WrongCodeException if the code is wrong; it is recorded, and MFA stays off
     */
    public List<String> confirm(Caller caller, String code) throws WrongCodeException {
        Account account = accountOf(caller);
        if (account.isMfaEnabled() || account.getMfaSecret().isEmpty()) {
            throw new IllegalStateException("No enrolment under way");
        }
        if (codes.useTotp(account, code) != OneTimeCodes.Outcome.ACCEPTED) {
            events.record(ActivityType.MFA_CODE_FAILED, account, caller, "Wrong code while turning MFA on");
            throw new WrongCodeException();
        }
        account.enableMfa();
        List<String> recoveryCodes = codes.renewRecoveryCodes(account);
        sessions.findActiveByHash(caller.session()).ifPresent(session -> session.verifiedWithMfa());
        events.record(ActivityType.MFA_ENROLLED, account, caller, "Authenticator app and ten recovery codes");
        return recoveryCodes;
    }

    private Account accountOf(Caller caller) {
        return accounts.findByEmail(caller.email())
                .orElseThrow(() -> new IllegalArgumentException("No account signed in as the caller"));
    }

    /** Google Authenticator's key URI format: otpauth://totp/Issuer:account?secret=...&issuer=... */
    static String uri(String email, String secret) {
        return "otpauth://totp/" + encode(ISSUER) + ":" + encode(email) + "?secret=" + secret + "&issuer="
                + encode(ISSUER) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
