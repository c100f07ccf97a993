package com.activesessions.organisations.interfaces.web;

import com.activesessions.organisations.application.NewAccount;
import com.activesessions.organisations.application.SignUpService;
import com.activesessions.passwords.application.PasswordRule;
import com.activesessions.sessions.interfaces.tracking.ClientAddresses;
import com.activesessions.shared.interfaces.web.HumanDuration;
import com.activesessions.shared.interfaces.web.Messages;
import com.activesessions.signin.interfaces.web.LoginPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Backs the sign-up page. A Faces form, so its view state protects it against cross-site
 * requests. Whether or not the address had an account, the answer is the same: the login page,
 * with one message, where the new user signs in with the password chosen (see {@link
 * SignUpService}). Sign-ups from one address are throttled ({@link SignUpThrottle}). A password the
 * server had no turn to hash is answered by the {@code PasswordChecksBusyHandler}.
 */
@Named
@RequestScoped
public class SignUpPage {

    static final String START_PAGE = "/dashboard";

    static final String TOO_MANY_SIGN_UPS = "Too many sign-ups from this address. Try again in %s.";

    private final SignUpForm form = new SignUpForm();

    @Inject
    private SignUpService signUpService;

    @Inject
    private SignUpThrottle throttle;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private ExternalContext externalContext;

    /** A caller who is signed in already has nothing to do here. */
    public void redirectIfSignedIn() throws IOException {
        if (request().getUserPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + START_PAGE);
        }
    }

    public void signUp() throws IOException {
        String address = clientAddresses.of(request());
        Optional<Duration> wait = throttle.admit(address);
        if (wait.isPresent()) {
            Messages.error(TOO_MANY_SIGN_UPS.formatted(HumanDuration.of(wholeMinutes(wait.get()))));
            return;
        }
        signUpService.signUp(
                new NewAccount(
                        form.getName(), form.getEmail(), form.getPassword().toCharArray(), form.getOrganisation()),
                address);
        externalContext.redirect(externalContext.getRequestContextPath() + "/login?" + LoginPage.SIGNED_UP);
    }

    /** A wait as a person is told it: never shorter than it is. */
    private static Duration wholeMinutes(Duration wait) {
        return Duration.ofMinutes(Math.max(1, wait.plusSeconds(59).toMinutes()));
    }

    public SignUpForm getForm() {
        return form;
    }

    /** The password rule, as the page states it. */
    public String getPasswordRule() {
        return PasswordRule.DESCRIPTION;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) externalContext.getRequest();
    }
}
