package com.activesessions.tokens.infrastructure;

import com.activesessions.accounts.domain.Account;
import com.activesessions.tokens.domain.ApiToken;
import com.activesessions.tokens.domain.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return entityManager
                .createNamedQuery("ApiToken.findBySecretHash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> findByAccount(String email) {
        return entityManager
                .createNamedQuery("ApiToken.findByAccount", ApiToken.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultList();
    }
}
