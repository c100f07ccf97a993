package com.activesessions.activity.domain;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Organisation;
import java.util.Objects;

/**
 * Whose events a reader may see: one account's own, or all of one organisation's. Every query of
 * the log is cut to a scope in the query itself, so that no filter can reach past it.
 *
 * @param organisation the organisation whose events are seen, or null for one account's
 * @param account the account whose events are seen, or null for an organisation's
 */
public record ActivityScope(Organisation organisation, Account account) {

    public ActivityScope {
        if ((organisation == null) == (account == null)) {
            throw new IllegalArgumentException("A scope is one organisation or one account");
        }
    }

    public static ActivityScope of(Organisation organisation) {
        return new ActivityScope(Objects.requireNonNull(organisation, "An organisation is required"), null);
    }

    public static ActivityScope of(Account account) {
        return new ActivityScope(null, Objects.requireNonNull(account, "An account is required"));
    }
}
