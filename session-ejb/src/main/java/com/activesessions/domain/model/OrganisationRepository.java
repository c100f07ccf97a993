package com.activesessions.domain.model;

/** Where organisations are kept. */
public interface OrganisationRepository {

    void store(Organisation organisation);
}
