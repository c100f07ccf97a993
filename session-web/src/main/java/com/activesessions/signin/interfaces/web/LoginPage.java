package com.activesessions.signin.interfaces.web;

import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.shared.interfaces.web.CsrfTokens;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Backs the login page: its CSRF token, and the one message a failed or refused attempt shows. */
@Named
@RequestScoped
public class LoginPage {

    /** The query parameter that carries how many minutes a throttled sign-in must wait. */
    static final String THROTTLED = "throttled";

    /** The query parameter of a sign-in turned away because the server was checking as many passwords as it may. */
    static final String BUSY = "busy";

    /** The query parameter of the page a sign-up ends on, whether or not its address had an account. */
    public static final String SIGNED_UP = "signedUp";

    private static final String FAILED = "Incorrect e-mail or password.";
    private static final String TOO_MANY_FAILURES = "Too many failed sign-ins. Try again in %d %s.";
    private static final String TOO_MANY_FAILURES_LATER = "Too many failed sign-ins. Try again later.";
    private static final int MAX_MINUTES_SHOWN = 24 * 60;
    private static final String SIGN_IN_AFTER_SIGN_UP =
            "If this address had no account, your organisation and account are ready: sign in with the password you chose.";

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CsrfTokens csrfTokens;

    @Inject
    private LoginRedirect loginRedirect;

    /** A caller who is signed in already has nothing to do here. */
    public void redirectIfSignedIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (request.getUserPrincipal() != null) {
            externalContext.redirect(loginRedirect.targetAfterSignIn(request));
        }
    }

    public String getCsrfToken() {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        return csrfTokens.tokenOf(request.getSession());
    }

    public String getMessage() {
        var parameters = externalContext.getRequestParameterMap();
        if (parameters.containsKey(THROTTLED)) {
            return tooManyFailures(parameters.get(THROTTLED));
        }
        if (parameters.containsKey("failed")) {
            return FAILED;
        }
        if (parameters.containsKey(BUSY)) {
            return PasswordChecksBusyException.MESSAGE;
        }
        if (parameters.containsKey("capped")) {
            return "You are signed in on too many devices. Log out of one of them, then sign in here.";
        }
        if (parameters.containsKey("expired")) {
            return "The login page had expired. Please sign in again.";
        }
        if (parameters.containsKey("signedOut")) {
            return "You have been logged out.";
        }
        if (parameters.containsKey("passwordSet")) {
            return "Your password is set. Log in with it.";
        }
        if (parameters.containsKey(SIGNED_UP)) {
            return SIGN_IN_AFTER_SIGN_UP;
        }
        return null;
    }

    public boolean isError() {
        var parameters = externalContext.getRequestParameterMap();
        return parameters.containsKey("failed")
                || parameters.containsKey("expired")
                || parameters.containsKey("capped")
                || parameters.containsKey(BUSY)
                || parameters.containsKey(THROTTLED);
    }

    /** The wait comes from the URL, so anything but a small whole number of minutes is not repeated. */
    static String tooManyFailures(String minutes) {
        try {
            int wait = Integer.parseInt(minutes);
            if (wait > 0 && wait <= MAX_MINUTES_SHOWN) {
                return TOO_MANY_FAILURES.formatted(wait, wait == 1 ? "minute" : "minutes");
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message without a number
        }
        return TOO_MANY_FAILURES_LATER;
    }
}
