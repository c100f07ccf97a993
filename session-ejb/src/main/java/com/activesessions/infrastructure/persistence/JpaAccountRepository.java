package com.activesessions.infrastructure.persistence;

import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
