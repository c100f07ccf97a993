package com.activesessions.accounts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The organisations of a test, in a list. */
public final class InMemoryOrganisations implements OrganisationRepository {

    private final List<Organisation> organisations = new ArrayList<>();

    /** Every organisation stored, in order. */
    public List<Organisation> all() {
        return List.copyOf(organisations);
    }

    @Override
    public Optional<Organisation> find(Long id) {
        return organisations.stream()
                .filter(organisation -> Objects.equals(organisation.getId(), id))
                .findFirst();
    }

    @Override
    public void store(Organisation organisation) {
        organisations.add(organisation);
    }
}
