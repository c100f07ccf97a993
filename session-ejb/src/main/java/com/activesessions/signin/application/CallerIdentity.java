package com.activesessions.signin.application;

import com.activesessions.accounts.domain.Account;
import java.util.Set;

/**
 * Who a checked credential speaks for, as the identity store hands it to the container.
 *
 * @param email the account's e-mail address, the caller's name
 * @param groups the security groups its sign-in is granted (its role)
 */
public record CallerIdentity(String email, Set<String> groups) {

    static CallerIdentity of(Account account) {
        return new CallerIdentity(account.getEmail(), account.securityGroups());
    }
}
