package com.activesessions.infrastructure.persistence;

import com.activesessions.domain.model.Organisation;
import com.activesessions.domain.model.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void store(Organisation organisation) {
        entityManager.persist(organisation);
    }
}
