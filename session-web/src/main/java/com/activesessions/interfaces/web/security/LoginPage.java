package com.activesessions.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Backs the login page: its CSRF token, and the one message a failed attempt shows. */
@Named
@RequestScoped
public class LoginPage {

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
        if (parameters.containsKey("failed")) {
            return "Incorrect e-mail or password.";
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
        return null;
    }

    public boolean isError() {
        var parameters = externalContext.getRequestParameterMap();
        return parameters.containsKey("failed")
                || parameters.containsKey("expired")
                || parameters.containsKey("capped");
    }
}
