package com.activesessions.interfaces.web.account;

import com.activesessions.application.PasswordRule;
import com.activesessions.application.WrongPasswordException;
import com.activesessions.interfaces.web.tracking.SessionTracker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Backs the Security page: changing the password, which logs out every other session of the
 * account (ASVS 3.3.3) and gives this one a new session id.
 */
@Named
@RequestScoped
public class SecurityView {

    @Inject
    private SessionTracker tracker;

    @NotBlank(message = "Type your current password.")
    private String currentPassword;

    @NotBlank(message = "Choose a new password.")
    @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "Use {min} to {max} characters.")
    private String newPassword;

    @NotBlank(message = "Type the new password again.")
    private String confirmation;

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!newPassword.equals(confirmation)) {
            faces.addMessage("security:confirmation", error("The two new passwords differ."));
            faces.validationFailed();
            return;
        }
        try {
            int ended = tracker.changePassword(
                            (HttpServletRequest) faces.getExternalContext().getRequest(),
                            currentPassword.toCharArray(),
                            newPassword.toCharArray())
                    .size();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Password changed."
                                    + (ended == 0 ? "" : " Your other sessions were logged out (" + ended + ")."),
                            null));
        } catch (WrongPasswordException e) {
            faces.addMessage("security:currentPassword", error("That is not your current password."));
            faces.validationFailed();
        }
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
