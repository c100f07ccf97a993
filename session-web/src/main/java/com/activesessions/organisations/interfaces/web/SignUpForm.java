package com.activesessions.organisations.interfaces.web;

import com.activesessions.accounts.domain.EmailAddresses;
import com.activesessions.organisations.application.NewAccount;
import com.activesessions.passwords.application.PasswordRule;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up page asks for, with the rule of each field and the message it shows. Faces
 * validates each input against these annotations, so each field gets its own message.
 */
public class SignUpForm {

    @NotBlank(message = "Enter your name.")
    @Size(max = NewAccount.MAX_NAME_LENGTH, message = "Use at most {max} characters.")
    private String name;

    @NotBlank(message = "Enter your e-mail address.")
    @Email(message = "Enter an e-mail address such as name@example.com.")
    @Size(max = EmailAddresses.MAX_LENGTH, message = "Use at most {max} characters.")
    private String email;

    @NotEmpty(message = "Choose a password.")
    @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "Use {min} to {max} characters.")
    private String password;

    @NotBlank(message = "Enter the name of your organisation.")
    @Size(max = NewAccount.MAX_ORGANISATION_NAME_LENGTH, message = "Use at most {max} characters.")
    private String organisation;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
