package com.activesessions.passwords.interfaces.web;

import com.activesessions.passwords.application.PasswordRule;
import com.activesessions.passwords.application.SetPasswordLinks;
import com.activesessions.sessions.interfaces.tracking.ClientAddresses;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.interfaces.web.LoginRedirect;
import com.activesessions.shared.interfaces.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Backs the page a set-password link opens ({@code /set-password?token=…}): the person an
 * administrator added chooses a password, then signs in.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SetPasswordLinks links;

    @Inject
    private LoginRedirect loginRedirect;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private ExternalContext externalContext;

    private String token;
    private String password;
    private String confirmation;
    private Boolean open;

    public void save() throws IOException {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        try {
            if (!Arrays.equals(typed, confirmation == null ? new char[0] : confirmation.toCharArray())) {
                Messages.error("The two passwords differ.");
                return;
            }
            HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
            links.use(token, typed, clientAddresses.of(request));
            externalContext.redirect(loginRedirect.loginUrl(request) + "?passwordSet");
        } catch (InvalidChangeException e) {
            Messages.error(e.getMessage());
        } finally {
            Arrays.fill(typed, '\0');
            password = null;
            confirmation = null;
        }
    }

    /** Whether the link can still be used, to say so before anything is typed. */
    public boolean isOpen() {
        if (open == null) {
            open = links.isOpen(token);
        }
        return open;
    }

    public String getPasswordRule() {
        return PasswordRule.DESCRIPTION;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
