package com.activesessions.interfaces.web.signup;

import com.activesessions.application.NewAccount;
import com.activesessions.application.PasswordRule;
import com.activesessions.application.SignUpService;
import com.activesessions.interfaces.web.security.LoginPage;
import com.activesessions.interfaces.web.tracking.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Backs the sign-up page. A Faces form, so its view state protects it against cross-site
 * requests. Whether or not the address had an account, the answer is the same: the login page,
 * with one message, where the new user signs in with the password chosen (see {@link
 * SignUpService}). A password the server had no turn to hash is answered by the {@code
 * PasswordChecksBusyHandler}.
 */
@Named
@RequestScoped
public class SignUpPage {

    static final String START_PAGE = "/dashboard";

    private final SignUpForm form = new SignUpForm();

    @Inject
    private SignUpService signUpService;

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
        signUpService.signUp(
                new NewAccount(
                        form.getName(), form.getEmail(), form.getPassword().toCharArray(), form.getOrganisation()),
                address);
        externalContext.redirect(externalContext.getRequestContextPath() + "/login?" + LoginPage.SIGNED_UP);
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
