package com.activesessions.signin.interfaces.web;

import com.activesessions.sessions.interfaces.tracking.SessionTracker;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The top bar's Log out: a Faces form, so the view state protects it from cross-site requests. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private SessionTracker tracker;

    @Inject
    private LoginRedirect loginRedirect;

    public void signOut() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        tracker.signOut(request);
        externalContext.redirect(loginRedirect.loginUrl(request) + "?signedOut");
    }
}
