package com.activesessions.accounts.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Account> findByEmail(String email) {
        return entityManager
                .createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByPublicId(String publicId) {
        return entityManager
                .createNamedQuery("Account.findByPublicId", Account.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByPublicId(Organisation organisation, String publicId) {
        return entityManager
                .createNamedQuery("Account.findByPublicIdInOrganisation", Account.class)
                .setParameter("publicId", publicId)
                .setParameter("organisation", organisation)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findByEmail(Organisation organisation, String email) {
        return entityManager
                .createNamedQuery("Account.findByEmailInOrganisation", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .setParameter("organisation", organisation)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> findByOrganisation(Organisation organisation) {
        return entityManager
                .createNamedQuery("Account.findByOrganisation", Account.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    @Override
    public Optional<Account> findBySetPasswordTokenHash(String tokenHash) {
        return entityManager
                .createNamedQuery("Account.findBySetPasswordToken", Account.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return entityManager.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    @Override
    public boolean useMfaStep(Account account, long step) {
        return entityManager
                        .createNamedQuery("Account.useMfaStep")
                        .setParameter("step", step)
                        .setParameter("id", account.getId())
                        .executeUpdate()
                == 1;
    }

    @Override
    public void store(Account account) {
        entityManager.persist(account);
    }
}
