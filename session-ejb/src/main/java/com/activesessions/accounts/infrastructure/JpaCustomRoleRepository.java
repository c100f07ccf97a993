package com.activesessions.accounts.infrastructure;

import com.activesessions.accounts.domain.CustomRole;
import com.activesessions.accounts.domain.CustomRoleRepository;
import com.activesessions.accounts.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomRoleRepository implements CustomRoleRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<CustomRole> findByOrganisation(Organisation organisation) {
        return entityManager
                .createNamedQuery("CustomRole.findByOrganisation", CustomRole.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    @Override
    public Optional<CustomRole> findByOrganisationAndName(Organisation organisation, String name) {
        return entityManager
                .createNamedQuery("CustomRole.findByOrganisationAndName", CustomRole.class)
                .setParameter("organisation", organisation)
                .setParameter("name", name.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(CustomRole role) {
        entityManager.persist(role);
    }
}
