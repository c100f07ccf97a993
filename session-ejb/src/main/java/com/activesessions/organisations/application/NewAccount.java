package com.activesessions.organisations.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.passwords.application.PasswordRule;
import java.util.Objects;

/**
 * What a person gives to sign up. The web layer has checked each field for them (Bean
 * Validation, with a message per field); {@link SignUpService} guards the rules again.
 *
 * @param name how the person is called
 * @param email the sign-in name
 * @param password the chosen password, as {@link PasswordRule} requires
 * @param organisationName the organisation the account starts
 */
public record NewAccount(String name, String email, char[] password, String organisationName) {

    public static final int MAX_NAME_LENGTH = Account.MAX_NAME_LENGTH;
    public static final int MAX_ORGANISATION_NAME_LENGTH = Organisation.MAX_NAME_LENGTH;

    public NewAccount {
        Objects.requireNonNull(name, "A new account needs a name");
        Objects.requireNonNull(email, "A new account needs an e-mail address");
        Objects.requireNonNull(organisationName, "A new account needs an organisation");
        if (!PasswordRule.accepts(password)) {
            throw new IllegalArgumentException("A new account's password: " + PasswordRule.DESCRIPTION);
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "NewAccount[" + email + "]";
    }
}
