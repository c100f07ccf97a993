package com.activesessions.passwords.interfaces.web;

import com.activesessions.passwords.application.AccountSecurity;
import com.activesessions.passwords.application.PasswordRule;
import com.activesessions.sessions.interfaces.tracking.CurrentCaller;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import com.activesessions.tokens.application.ApiTokens;
import com.activesessions.tokens.application.TokenSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Backs the Security page: changing the password, which logs out every other session of the
 * account and revokes its API tokens unless the owner, shown them, keeps them (ASVS 3.3.3), and
 * gives this one a new session id.
 */
@Named
@RequestScoped
public class SecurityView {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AccountSecurity accountSecurity;

    @Inject
    private ApiTokens tokens;

    @NotBlank(message = "Type your current password.")
    private String currentPassword;

    @NotBlank(message = "Choose a new password.")
    @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "Use {min} to {max} characters.")
    private String newPassword;

    @NotBlank(message = "Type the new password again.")
    private String confirmation;

    private boolean keepTokens;

    private List<String> usableTokens;

    @PostConstruct
    void load() {
        usableTokens = currentCaller
                .find()
                .map(caller -> tokens.of(caller).stream()
                        .filter(TokenSummary::usable)
                        .map(TokenSummary::name)
                        .toList())
                .orElse(List.of());
    }

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!newPassword.equals(confirmation)) {
            faces.addMessage("security:confirmation", error("The two new passwords differ."));
            faces.validationFailed();
            return;
        }
        try {
            int ended = accountSecurity
                    .changePassword(
                            currentCaller.get(), currentPassword.toCharArray(), newPassword.toCharArray(), keepTokens)
                    .size();
            request().changeSessionId();
            int revoked = keepTokens ? 0 : usableTokens.size();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Password changed."
                                    + (ended == 0 ? "" : " Your other sessions were logged out (" + ended + ").")
                                    + (revoked == 0 ? "" : " Your API tokens were revoked (" + revoked + ")."),
                            null));
            keepTokens = false;
            load();
        } catch (WrongPasswordException e) {
            faces.addMessage("security:currentPassword", error("That is not your current password."));
            faces.validationFailed();
        } catch (TooManyFailuresException e) {
            faces.addMessage("security:currentPassword", error(e.getMessage()));
            faces.validationFailed();
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The names of the API tokens that still work, which a password change revokes unless kept. */
    public List<String> getUsableTokens() {
        return usableTokens;
    }

    public boolean isKeepTokens() {
        return keepTokens;
    }

    public void setKeepTokens(boolean keepTokens) {
        this.keepTokens = keepTokens;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public String getPasswordRule() {
        return PasswordRule.DESCRIPTION;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
