package com.activesessions.application;

import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.AccountRepository;
import com.activesessions.domain.model.Organisation;
import com.activesessions.domain.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides who may read an organisation's activity and usage. This is the one place that
 * decides; the services call it before any query, and the menu only mirrors it.
 */
@ApplicationScoped
public class Administrators {

    @Inject
    private AccountRepository accounts;

    /**
     * The organisation whose activity and usage the caller may read: their own, if they are one
     * of its administrators. (Until permissions arrive, the ADMIN role is that right.)
     *
     * @throws NotAllowedException if they are not, or belong to no organisation
     */
    public Organisation organisationAdministeredBy(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> account.getRole() == Role.ADMIN && !account.isDisabled())
                .flatMap(Account::getOrganisation)
                .orElseThrow(NotAllowedException::new);
    }
}
