package com.activesessions.accounts.domain;

import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> find(Long id);

    void store(Organisation organisation);
}
