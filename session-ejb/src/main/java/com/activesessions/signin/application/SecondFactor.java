package com.activesessions.signin.application;

import com.activesessions.access.application.Caller;
import com.activesessions.access.application.CallerSessions;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.mfa.application.MfaEvents;
import com.activesessions.mfa.application.MfaRequiredException;
import com.activesessions.mfa.application.OneTimeCodes;
import com.activesessions.mfa.application.WrongCodeException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks the second factor of an account with MFA on: a code of its authenticator, or one of its
 * recovery codes, each good once. It decides the sign-in's second step and guards turning MFA
 * off; every failure and every recovery code used is recorded with its session and address.
 */
@Stateless
public class SecondFactor {

    private static final String ALREADY_USED = "A code that was already used";
    private static final String WRONG = "Wrong code";

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final Authenticator authenticator;
    private final MfaEvents events;
    private final CallerSessions callerSessions;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SecondFactor() {
        this(null, null, null, null, null);
    }

    @Inject
    public SecondFactor(
            AccountRepository accounts,
            OneTimeCodes codes,
            Authenticator authenticator,
            MfaEvents events,
            CallerSessions callerSessions) {
        this.accounts = accounts;
        this.codes = codes;
        this.authenticator = authenticator;
        this.events = events;
        this.callerSessions = callerSessions;
    }

    /**
     * The second step of a sign-in. A code of six digits is taken for the authenticator's, anything
     * else for a recovery code.
     *
     * @param sessionPublicId the public id the session will have once signed in
     * @return who the code signs in, if it is good
     */
    public Optional<CallerIdentity> verify(String email, String code, String sessionPublicId, String ipAddress) {
        Optional<Account> found = accounts.findByEmail(email).filter(Account::isMfaEnabled);
        return found.filter(account -> check(account, code, sessionPublicId, ipAddress, "At sign-in"))
                .map(CallerIdentity::of);
    }

    /**
     * A signed-in caller's code, asked before a sensitive step (step-up): a code of the
     * authenticator or a recovery code, used up if good, recorded if wrong.
     */
    public boolean confirm(Caller caller, String code) {
        return accounts.findByEmail(caller.email())
                .filter(Account::isMfaEnabled)
                .filter(account -> check(
                        account, code, callerSessions.publicIdOf(caller), caller.ipAddress(), "To confirm a change"))
                .isPresent();
    }

    private boolean check(Account account, String code, String sessionPublicId, String ipAddress, String purpose) {
        if (code == null || code.isBlank()) {
            events.record(ActivityType.MFA_CODE_FAILED, account, sessionPublicId, ipAddress, WRONG);
            return false;
        }
        String typed = code.strip();
        if (looksLikeTotp(typed)) {
            OneTimeCodes.Outcome outcome = codes.useTotp(account, typed);
            if (outcome == OneTimeCodes.Outcome.ACCEPTED) {
                return true;
            }
            events.record(
                    ActivityType.MFA_CODE_FAILED,
                    account,
                    sessionPublicId,
                    ipAddress,
                    outcome == OneTimeCodes.Outcome.ALREADY_USED ? ALREADY_USED : WRONG);
            return false;
        }
        if (codes.useRecoveryCode(account, typed)) {
            events.record(
                    ActivityType.MFA_RECOVERY_CODE_USED,
                    account,
                    sessionPublicId,
                    ipAddress,
                    purpose + "; " + codes.recoveryCodesLeft(account) + " left");
            return true;
        }
        events.record(ActivityType.MFA_CODE_FAILED, account, sessionPublicId, ipAddress, "Wrong recovery code");
        return false;
    }

    /**
     * Turns MFA off with a current code of the authenticator.
     *
     * @throws WrongCodeException if the code is wrong or used; recorded, and MFA stays on
     * @throws MfaRequiredException if the organisation requires MFA
     */
    public void disable(Caller caller, String code) throws WrongCodeException, MfaRequiredException {
        Account account = enabledAccountOf(caller);
        OneTimeCodes.Outcome outcome = codes.useTotp(account, code);
        if (outcome != OneTimeCodes.Outcome.ACCEPTED) {
            events.record(
                    ActivityType.MFA_CODE_FAILED,
                    account,
                    caller,
                    outcome == OneTimeCodes.Outcome.ALREADY_USED ? ALREADY_USED : WRONG);
            throw new WrongCodeException();
        }
        turnOff(account, caller, "With an authenticator code");
    }

    /**
     * Turns MFA off with the password and a recovery code, for an authenticator that is lost.
     *
     * @throws WrongPasswordException if the password is wrong; nothing changes
     * @throws WrongCodeException if the recovery code is wrong or used; recorded
     * @throws MfaRequiredException if the organisation requires MFA
     */
    public void disableWithRecoveryCode(Caller caller, char[] password, String recoveryCode)
            throws WrongPasswordException, WrongCodeException, MfaRequiredException {
        Account account = enabledAccountOf(caller);
        if (authenticator.verify(caller.email(), password).isEmpty()) {
            throw new WrongPasswordException();
        }
        if (!codes.useRecoveryCode(account, recoveryCode)) {
            events.record(ActivityType.MFA_CODE_FAILED, account, caller, "Wrong recovery code");
            throw new WrongCodeException();
        }
        events.record(ActivityType.MFA_RECOVERY_CODE_USED, account, caller, "To turn MFA off");
        turnOff(account, caller, "With the password and a recovery code");
    }

    private Account enabledAccountOf(Caller caller) throws MfaRequiredException {
        Account account = accounts.findByEmail(caller.email())
                .filter(Account::isMfaEnabled)
                .orElseThrow(() -> new IllegalStateException("MFA is not on"));
        if (account.getOrganisation().map(Organisation::isMfaRequired).orElse(false)) {
            throw new MfaRequiredException();
        }
        return account;
    }

    private void turnOff(Account account, Caller caller, String how) {
        codes.forget(account);
        events.record(ActivityType.MFA_DISABLED, account, caller, how);
    }

    static boolean looksLikeTotp(String typed) {
        return typed.length() == 6 && typed.chars().allMatch(Character::isDigit);
    }
}
