package com.activesessions.mfa.interfaces.web;

import com.activesessions.access.application.Caller;
import com.activesessions.signin.application.CredentialThrottle;
import com.activesessions.signin.application.TooManyFailuresException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Codes typed on the account pages (to turn MFA on or off) count toward the throttle, as
 * codes at sign-in do: guessing a code from a signed-in session is no cheaper than at the door.
 * What is refused is said on the field the code was typed in.
 */
@ApplicationScoped
public class CodeAttempts {

    @Inject
    private CredentialThrottle throttle;

    /** Whether the caller may not try a code now; if so, the field says why. */
    public boolean refused(Caller caller, String field) {
        Optional<Duration> wait = throttle.check(caller.email(), caller.ipAddress());
        wait.ifPresent(duration -> error(field, new TooManyFailuresException(duration).getMessage()));
        return wait.isPresent();
    }

    /** Counts a wrong code or password, and says so on the field. */
    public void failed(Caller caller, String field, String message) {
        throttle.failed(caller.email(), caller.ipAddress());
        error(field, message);
    }

    static void error(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
