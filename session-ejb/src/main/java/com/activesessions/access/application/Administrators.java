package com.activesessions.access.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.shared.application.NotAllowedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides who may read an organisation's activity and usage. This is the one place that
 * decides; the services call it before any query, and the menu only mirrors it.
 */
@ApplicationScoped
public class Administrators {

    private final AccountRepository accounts;

    /** For the container's proxy. */
    protected Administrators() {
        this(null);
    }

    @Inject
    public Administrators(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The organisation whose activity, usage or sessions the caller may read: their own, if
     * their role holds the organisation-wide permission.
     *
     * @throws NotAllowedException if it does not, or they belong to no organisation
     */
    public Organisation organisationAdministeredBy(String email, Permission permission) {
        return accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> account.holds(permission) && !account.isDisabled())
                .flatMap(Account::getOrganisation)
                .orElseThrow(NotAllowedException::new);
    }

    /**
     * Checks that the caller administers an organisation with that permission, for a page or an
     * export that only guards.
     *
     * @throws NotAllowedException if not
     */
    public void requireAdministrator(String email, Permission permission) {
        organisationAdministeredBy(email, permission);
    }
}
