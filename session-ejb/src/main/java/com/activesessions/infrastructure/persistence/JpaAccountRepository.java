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
    public void store(Account account) {
        entityManager.persist(account);
    }
}
