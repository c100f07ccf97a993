package com.activesessions.accounts.domain;

import java.util.List;
import java.util.Optional;

/** Where an organisation's own roles are kept. */
public interface CustomRoleRepository {

    List<CustomRole> findByOrganisation(Organisation organisation);

    Optional<CustomRole> findByOrganisationAndName(Organisation organisation, String name);

    void store(CustomRole role);
}
