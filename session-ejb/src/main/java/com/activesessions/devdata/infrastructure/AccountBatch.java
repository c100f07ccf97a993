package com.activesessions.devdata.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import com.activesessions.accounts.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes a generated organisation and its accounts in a transaction of their own. */
@Stateless
public class AccountBatch {

    @Inject
    private AccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    /** @return the accounts' keys, the administrator's first */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> write(GeneratedData data, String passwordHash, Instant now) {
        Organisation organisation = new Organisation(data.organisation(), now);
        organisations.store(organisation);
        List<Account> created = new ArrayList<>();
        for (int user = 0; user < data.users(); user++) {
            Account account = new Account(
                    data.emailOf(user),
                    "Generated User " + user,
                    passwordHash,
                    user == 0 ? Role.ADMIN : Role.USER,
                    now,
                    organisation);
            accounts.store(account);
            created.add(account);
        }
        return created.stream().map(Account::getId).toList();
    }
}
