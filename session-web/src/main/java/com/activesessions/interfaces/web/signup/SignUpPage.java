package com.activesessions.interfaces.web.signup;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.activesessions.application.EmailInUseException;
import com.activesessions.application.NewAccount;
import com.activesessions.application.PasswordRule;
import com.activesessions.application.SignUpService;
import com.activesessions.interfaces.web.security.CsrfTokens;
import com.activesessions.interfaces.web.security.LoginRedirect;
import com.activesessions.interfaces.web.tracking.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Backs the sign-up page. A Faces form, so its view state protects it against cross-site
 * requests. Once the account is made, the new user is signed in through Jakarta Security, as at
 * the login page: the session id changes and the session is recorded. Then the dashboard. A
 * password the server had no turn to hash is answered by the {@code PasswordChecksBusyHandler}.
 */
@Named
@RequestScoped
public class SignUpPage {

    /** The e-mail input's client id, in signup.xhtml. */
    static final String EMAIL_FIELD = "signup:email";

    static final String START_PAGE = "/dashboard";

    private final SignUpForm form = new SignUpForm();

    @Inject
    private SignUpService signUpService;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CsrfTokens csrfTokens;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    /** A caller who is signed in already has nothing to do here. */
    public void redirectIfSignedIn() throws IOException {
        if (request().getUserPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + START_PAGE);
        }
    }

    public void signUp() throws IOException {
        try {
            signUpService.signUp(
                    new NewAccount(
                            form.getName(), form.getEmail(), form.getPassword().toCharArray(), form.getOrganisation()),
                    clientAddresses.of(request()));
        } catch (EmailInUseException e) {
            facesContext.addMessage(
                    EMAIL_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
            facesContext.validationFailed();
            return;
        }
        signIn();
    }

    private void signIn() throws IOException {
        HttpServletRequest request = request();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) externalContext.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(form.getEmail(), new Password(form.getPassword())))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            csrfTokens.renew(request.getSession());
            externalContext.redirect(externalContext.getRequestContextPath() + START_PAGE);
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            externalContext.redirect(loginRedirect.loginUrl(request));
        }
        facesContext.responseComplete();
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
