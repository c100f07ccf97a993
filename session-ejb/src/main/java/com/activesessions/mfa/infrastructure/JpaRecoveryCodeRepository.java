package com.activesessions.mfa.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.mfa.domain.RecoveryCode;
import com.activesessions.mfa.domain.RecoveryCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

@ApplicationScoped
public class JpaRecoveryCodeRepository implements RecoveryCodeRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void replace(Account account, Iterable<RecoveryCode> codes) {
        deleteAll(account);
        codes.forEach(entityManager::persist);
    }

    @Override
    public boolean use(Account account, String typed, Instant at) {
        return entityManager
                        .createNamedQuery("RecoveryCode.use")
                        .setParameter("at", at)
                        .setParameter("account", account)
                        .setParameter("hash", RecoveryCode.hash(typed))
                        .executeUpdate()
                == 1;
    }

    @Override
    public long countUnused(Account account) {
        return entityManager
                .createNamedQuery("RecoveryCode.countUnused", Long.class)
                .setParameter("account", account)
                .getSingleResult();
    }

    @Override
    public void deleteAll(Account account) {
        entityManager
                .createNamedQuery("RecoveryCode.deleteOf")
                .setParameter("account", account)
                .executeUpdate();
    }
}
