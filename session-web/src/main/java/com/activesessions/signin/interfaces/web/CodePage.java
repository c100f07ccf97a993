package com.activesessions.signin.interfaces.web;

import com.activesessions.shared.interfaces.web.LoginRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Backs the code page, the second step of a sign-in with MFA: only a session whose password was right gets it. */
@Named
@RequestScoped
public class CodePage {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private LoginRedirect loginRedirect;

    public void redirectUnlessPending() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (pendingSignIns.of(request).isEmpty()) {
            externalContext.redirect(loginRedirect.loginUrl(request));
        }
    }

    public String getMessage() {
        return externalContext.getRequestParameterMap().containsKey("failed")
                ? "That code is not valid, or was used already. Type the current code, or a recovery code."
                : null;
    }
}
