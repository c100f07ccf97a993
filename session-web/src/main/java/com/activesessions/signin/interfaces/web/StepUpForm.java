package com.activesessions.signin.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link StepUp} of a page's form: the fields of {@code <as:confirmIdentity>} are asked for when
 * needed, and what was missing or wrong is said on them, the form kept. One place for the wording,
 * whichever page asks.
 */
@ApplicationScoped
public class StepUpForm {

    static final String PASSWORD_FIELD = "confirmPassword";
    static final String CODE_FIELD = "confirmCode";
    static final String WRONG_PASSWORD = "Type your password to confirm; it was missing or wrong.";
    static final String WRONG_CODE = "Type a current code from your authenticator app, or a recovery code.";

    @Inject
    private StepUp stepUp;

    @Inject
    private TypedConfirmation typed;

    /** Whether the form should show the password field now. */
    public boolean passwordAsked() {
        return stepUp.needed(request());
    }

    /** Whether the form should show the code field now. */
    public boolean codeAsked(Caller caller) {
        return passwordAsked() && stepUp.needsCode(caller);
    }

    /** Whether the form of a step sensitive only with a second factor should show both fields now. */
    public boolean askedForSecondFactor(Caller caller) {
        return stepUp.needsCode(caller) && passwordAsked();
    }

    /** {@link #confirmed}, for a step that is sensitive only for an account with a second factor. */
    public boolean confirmedForSecondFactor(String formId, Caller caller) {
        return !stepUp.needsCode(caller) || confirmed(formId, caller);
    }

    /**
     * Lets the step go ahead, or says on the form why not.
     *
     * @param formId the id of the form holding {@code <as:confirmIdentity>}
     * @return whether the step may go ahead
     */
    public boolean confirmed(String formId, Caller caller) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            stepUp.require(request(), caller, typed.getPassword(), typed.getCode());
            return true;
        } catch (WrongPasswordException e) {
            refuse(faces, formId + ":" + PASSWORD_FIELD, WRONG_PASSWORD);
        } catch (WrongCodeException e) {
            refuse(faces, formId + ":" + CODE_FIELD, WRONG_CODE);
        } catch (TooManyFailuresException e) {
            refuse(faces, null, e.getMessage());
        } finally {
            typed.clear();
        }
        return false;
    }

    private static void refuse(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
