package com.activesessions.organisations.application;

import com.activesessions.accounts.domain.Account;
import java.io.Serializable;

/**
 * One account of an organisation as its administrators and support agents see it. Serializable,
 * like the other values a page may keep between requests.
 *
 * @param id the account's public id
 * @param name how its holder is called
 * @param email its e-mail address
 * @param role the name of its role, custom or built in
 * @param disabled whether it may no longer sign in
 */
public record UserSummary(String id, String name, String email, String role, boolean disabled) implements Serializable {

    static UserSummary of(Account account) {
        return new UserSummary(
                account.getPublicId(), account.getName(), account.getEmail(), account.roleName(), account.isDisabled());
    }
}
