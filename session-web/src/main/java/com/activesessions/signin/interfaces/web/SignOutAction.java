package com.activesessions.signin.interfaces.web;

import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The top bar's Log out: a Faces form, so the view state protects it from cross-site requests. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionLogout logout;

    @Inject
    private LoginRedirect loginRedirect;

    public void signOut() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        currentCaller.find().ifPresent(logout::signOut);
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended and invalidated already: signed out either way
            }
        }
        externalContext.redirect(loginRedirect.loginUrl(request) + "?signedOut");
    }
}
