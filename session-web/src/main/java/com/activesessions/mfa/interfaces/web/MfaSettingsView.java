package com.activesessions.mfa.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.mfa.application.MfaRequiredException;
import com.activesessions.mfa.application.MfaStatus;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.signin.application.SecondFactor;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Backs the two-factor part of the Security page: whether MFA is on, how many recovery codes are
 * left, and turning it off, which takes a current code, or the password and a recovery code
 * (for a lost device). An organisation that requires MFA keeps it on.
 */
@Named
@RequestScoped
public class MfaSettingsView {

    private static final String WRONG_CODE = "That code is not valid, or was used already.";

    @Inject
    private MfaPolicy policy;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CodeAttempts attempts;

    private MfaStatus status = new MfaStatus(false, false, 0);
    private String code;
    private String password;
    private String recoveryCode;

    @PostConstruct
    void load() {
        caller().ifPresent(caller -> status = policy.statusOf(caller.email()));
    }

    public void disable() {
        attempt("mfa:code", caller -> secondFactor.disable(caller, code));
    }

    public void disableWithRecoveryCode() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        attempt("mfa:recoveryCode", caller -> secondFactor.disableWithRecoveryCode(caller, typed, recoveryCode));
    }

    /** Something that turns MFA off, or says why not. */
    private interface TurnOff {
        void run(Caller caller) throws WrongCodeException, WrongPasswordException, MfaRequiredException;
    }

    private void attempt(String field, TurnOff turnOff) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        if (attempts.refused(caller.get(), field)) {
            return;
        }
        try {
            turnOff.run(caller.get());
        } catch (WrongCodeException e) {
            attempts.failed(caller.get(), field, WRONG_CODE);
        } catch (WrongPasswordException e) {
            attempts.failed(caller.get(), "mfa:password", "That is not your password.");
        } catch (MfaRequiredException e) {
            CodeAttempts.error(field, e.getMessage() + ".");
        }
        code = null;
        password = null;
        recoveryCode = null;
        load();
    }

    private Optional<Caller> caller() {
        return currentCaller.find();
    }

    public boolean isEnabled() {
        return status.enabled();
    }

    public boolean isRequired() {
        return status.required();
    }

    public long getRecoveryCodesLeft() {
        return status.recoveryCodesLeft();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRecoveryCode() {
        return recoveryCode;
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = recoveryCode;
    }
}
