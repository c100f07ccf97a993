package com.activesessions.accounts.infrastructure;

import com.activesessions.accounts.domain.Organisation;
import com.activesessions.accounts.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Organisation> find(Long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id));
    }

    @Override
    public void store(Organisation organisation) {
        entityManager.persist(organisation);
    }
}
