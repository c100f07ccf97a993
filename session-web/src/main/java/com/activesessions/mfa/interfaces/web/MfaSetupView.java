package com.activesessions.mfa.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.Enrolment;
import com.activesessions.mfa.application.MfaEnrolment;
import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.mfa.application.MfaStatus;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.signin.interfaces.web.EnrolmentGate;
import com.activesessions.signin.interfaces.web.StepUpForm;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs the enrolment page: a new secret as a QR code and as text, MFA on once a code of it is
 * typed, then the ten recovery codes, shown this once. The session that enrols has shown both
 * factors: it gets a new id and counts as signed in with MFA. A session held at the
 * {@link EnrolmentGate} is let through.
 */
@Named
@ViewScoped
public class MfaSetupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "setup";
    private static final String CODE_FIELD = FORM + ":code";

    @Inject
    private MfaEnrolment enrolment;

    @Inject
    private MfaPolicy policy;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private QrCodes qrCodes;

    @Inject
    private CodeAttempts attempts;

    @Inject
    private StepUpForm stepUpForm;

    private String secret;
    private String qrCode;
    private boolean required;
    private String code;
    private List<String> recoveryCodes = List.of();

    /** On opening the page: a new secret, unless MFA is on already. */
    public void open() throws IOException {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        MfaStatus status = policy.statusOf(caller.get().email());
        if (status.enabled()) {
            external().redirect(external().getRequestContextPath() + "/security");
            return;
        }
        required = status.required();
        Enrolment started = enrolment.begin(caller.get());
        secret = grouped(started.secret());
        qrCode = qrCodes.pngDataUri(started.uri());
    }

    public void confirm() {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return;
        }
        if (attempts.refused(caller.get(), CODE_FIELD)) {
            return;
        }
        if (!stepUpForm.confirmed(FORM, caller.get())) {
            return;
        }
        try {
            recoveryCodes = enrolment.confirm(caller.get(), code);
            HttpServletRequest request = request();
            request.changeSessionId();
            request.getSession().removeAttribute(EnrolmentGate.ATTRIBUTE);
        } catch (WrongCodeException e) {
            attempts.failed(caller.get(), CODE_FIELD, "That code is not valid. Type the code your app shows now.");
        }
        code = null;
    }

    /** Adding a second factor asks for the password again past the recent-authentication window. */
    public boolean isPasswordAsked() {
        return stepUpForm.passwordAsked();
    }

    /** The secret in groups of four, easier to type. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    private Optional<Caller> caller() {
        return currentCaller.find();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    public boolean isDone() {
        return !recoveryCodes.isEmpty();
    }

    /** Where to go once done: the console for one sent here by the policy, else the Security page. */
    public String getNextPath() {
        return required ? "/dashboard" : "/security";
    }

    public boolean isRequired() {
        return required;
    }

    public String getSecret() {
        return secret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
