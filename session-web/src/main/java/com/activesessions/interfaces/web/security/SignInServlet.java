package com.activesessions.interfaces.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.activesessions.application.SessionRegistry;
import com.activesessions.domain.model.Account;
import com.activesessions.interfaces.web.tracking.ClientAddresses;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Receives the login form. It checks the form's CSRF token, hands the credentials to Jakarta
 * Security and answers each outcome with a redirect: back to the page first asked for, or to
 * the login page with one message that does not say which part was wrong.
 */
@WebServlet(name = "SignInServlet", urlPatterns = SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/sign-in";
    static final int MAX_PASSWORD_LENGTH = 1024;
    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CsrfTokens csrfTokens;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private SessionRegistry registry;

    @Inject
    private ClientAddresses clientAddresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(loginRedirect.loginUrl(request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!csrfTokens.matches(request.getSession(false), request.getParameter("csrf"))) {
            response.sendRedirect(loginRedirect.loginUrl(request) + "?expired");
            return;
        }
        String email = request.getParameter("email");
        String password = request.getParameter("password");
        if (email == null
                || password == null
                || email.length() > Account.MAX_EMAIL_LENGTH
                || password.length() > MAX_PASSWORD_LENGTH) {
            failed(request, response, null);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                csrfTokens.renew(request.getSession());
                response.sendRedirect(loginRedirect.targetAfterSignIn(request));
            }
            case SEND_CONTINUE -> {
                // the mechanism has answered
            }
            default -> {
                if (request.getAttribute(SignInMechanism.REFUSAL_ATTRIBUTE) == SignInMechanism.Refusal.SESSION_CAP) {
                    response.sendRedirect(loginRedirect.loginUrl(request) + "?capped");
                } else {
                    failed(request, response, email);
                }
            }
        }
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, String email) throws IOException {
        registry.signInFailed(email, clientAddresses.of(request));
        response.sendRedirect(loginRedirect.loginUrl(request) + "?failed");
    }
}
