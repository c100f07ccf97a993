package com.activesessions.mfa.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What MFA asks of an account: a code after the password when it has MFA on, enrolment first
 * when its organisation requires MFA and it has none, and nothing more otherwise.
 */
@Stateless
public class MfaPolicy {

    /** What a sign-in needs once the password is right. */
    public enum AfterPassword {
        /** Nothing: the account signs in with its password. */
        NOTHING,
        /** A code of the authenticator, or a recovery code. */
        CODE,
        /** Enrolment, before anything else: the organisation requires MFA. */
        ENROL
    }

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final OneTimeCodes codes;

    /** For the EJB container, which needs a public constructor without arguments. */
    public MfaPolicy() {
        this(null, null, null);
    }

    @Inject
    public MfaPolicy(AccountRepository accounts, OrganisationRepository organisations, OneTimeCodes codes) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.codes = codes;
    }

    public AfterPassword afterPassword(String email) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account with that e-mail"));
        if (account.isMfaEnabled()) {
            return AfterPassword.CODE;
        }
        return requiredFor(account) ? AfterPassword.ENROL : AfterPassword.NOTHING;
    }

    /** Whether the account must still enrol before it may do anything else. */
    public boolean mustEnrol(String email) {
        return accounts.findByEmail(email)
                .map(account -> !account.isMfaEnabled() && requiredFor(account))
                .orElse(false);
    }

    public MfaStatus statusOf(String email) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account with that e-mail"));
        return new MfaStatus(
                account.isMfaEnabled(),
                requiredFor(account),
                account.isMfaEnabled() ? codes.recoveryCodesLeft(account) : 0);
    }

    /**
     * Sets the organisation's policy "MFA required". Its accounts without MFA are sent to
     * enrolment at their next sign-in.
     */
    public void requireMfa(long organisationId, boolean required) {
        organisations
                .find(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId))
                .requireMfa(required);
    }

    private static boolean requiredFor(Account account) {
        return account.getOrganisation().map(Organisation::isMfaRequired).orElse(false);
    }
}
