package com.activesessions.signin.interfaces.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.activesessions.accounts.domain.EmailAddresses;
import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.interfaces.tracking.ClientAddresses;
import com.activesessions.shared.interfaces.web.CsrfTokens;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import com.activesessions.signin.application.CredentialThrottle;
import com.activesessions.signin.application.TooManyFailuresException;
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
import java.time.Duration;
import java.util.Optional;

/**
 * Receives the login form. It checks the form's CSRF token, asks the {@link CredentialThrottle}
 * whether this e-mail and address may try at all (before any password is hashed), hands the
 * credentials to Jakarta Security and answers each outcome with a redirect: back to the page
 * first asked for, or to the login page with one message that does not say which part was
 * wrong, or that says how long to wait. The same form handler takes the code page's second
 * factor, for an account with MFA on.
 */
@WebServlet(name = "SignInServlet", urlPatterns = SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/sign-in";
    static final int MAX_PASSWORD_LENGTH = 1024;
    static final int MAX_CODE_LENGTH = 64;
    static final String CODE = "code";
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

    @Inject
    private CredentialThrottle throttle;

    @Inject
    private PendingSignIns pendingSignIns;

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
        if (request.getParameter(CODE) != null) {
            secondStep(request, response);
            return;
        }
        String email = request.getParameter("email");
        String password = request.getParameter("password");
        String address = clientAddresses.of(request);
        if (throttled(request, response, email, address)) {
            return;
        }
        if (email == null
                || password == null
                || email.length() > EmailAddresses.MAX_LENGTH
                || password.length() > MAX_PASSWORD_LENGTH) {
            failed(request, response, null, address);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> signedIn(request, response, email, address);
            case SEND_CONTINUE -> {
                // the mechanism has answered
            }
            default -> {
                Object refusal = request.getAttribute(SignInMechanism.REFUSAL_ATTRIBUTE);
                if (refusal == SignInMechanism.Refusal.BUSY) {
                    busy(request, response);
                } else if (refusal == SignInMechanism.Refusal.SESSION_CAP) {
                    response.sendRedirect(loginRedirect.loginUrl(request) + "?capped");
                } else if (refusal == SignInMechanism.Refusal.SECOND_FACTOR) {
                    // the failures counted so far stay counted until the second factor is right too
                    response.sendRedirect(request.getContextPath() + SignInMechanism.CODE_PAGE);
                } else {
                    failed(request, response, email, address);
                }
            }
        }
    }

    /**
     * The code page's form: the second factor of the {@link PendingSignIn}. A wrong code counts
     * toward the throttle like a wrong password; once throttled, the sign-in starts over.
     */
    private void secondStep(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PendingSignIn> pending = pendingSignIns.of(request);
        if (pending.isEmpty()) {
            response.sendRedirect(loginRedirect.loginUrl(request) + "?expired");
            return;
        }
        String email = pending.get().email();
        String address = clientAddresses.of(request);
        String code = request.getParameter(CODE);
        if (throttled(request, response, email, address)) {
            pendingSignIns.clear(request);
            return;
        }
        AuthenticationStatus status = code.length() > MAX_CODE_LENGTH
                ? AuthenticationStatus.SEND_FAILURE
                : securityContext.authenticate(
                        request,
                        response,
                        withParams()
                                .credential(new SecondFactorCredential(
                                        email, code, pending.get().publicId(), address))
                                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            signedIn(request, response, email, address);
        } else if (request.getAttribute(SignInMechanism.REFUSAL_ATTRIBUTE) == SignInMechanism.Refusal.SESSION_CAP) {
            pendingSignIns.clear(request);
            response.sendRedirect(loginRedirect.loginUrl(request) + "?capped");
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            throttle.failed(email, address);
            if (throttled(request, response, email, address)) {
                pendingSignIns.clear(request);
            } else {
                response.sendRedirect(request.getContextPath() + SignInMechanism.CODE_PAGE + "?failed");
            }
        }
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, String email, String address)
            throws IOException {
        throttle.succeeded(email, address);
        csrfTokens.renew(request.getSession());
        response.sendRedirect(loginRedirect.targetAfterSignIn(request));
    }

    /** Records and counts the failure; the one that reaches a limit already says how long to wait. */
    private void failed(HttpServletRequest request, HttpServletResponse response, String email, String address)
            throws IOException {
        registry.signInFailed(email, address);
        throttle.failed(email, address);
        if (!throttled(request, response, email, address)) {
            response.sendRedirect(loginRedirect.loginUrl(request) + "?failed");
        }
    }

    /**
     * Back to the login page, asked to try again in a moment: the server is checking as many
     * passwords as it may ({@link PasswordChecksBusyException}). Nothing was checked or counted as a
     * failure. {@code Retry-After} tells a script how long to wait before it posts again.
     */
    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Long.toString(PasswordChecksBusyException.RETRY_AFTER.toSeconds()));
        response.sendRedirect(loginRedirect.loginUrl(request) + "?" + LoginPage.BUSY);
    }

    /** Sends the caller to the login page with how long to wait, if the throttle refuses them now. */
    private boolean throttled(HttpServletRequest request, HttpServletResponse response, String email, String address)
            throws IOException {
        Optional<Duration> wait = throttle.check(email, address);
        if (wait.isPresent()) {
            long minutes = TooManyFailuresException.minutes(wait.get());
            response.sendRedirect(loginRedirect.loginUrl(request) + "?" + LoginPage.THROTTLED + "=" + minutes);
        }
        return wait.isPresent();
    }
}
