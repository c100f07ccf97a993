package com.activesessions.accounts.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An organisation's own roles for a test, in a list. */
public final class InMemoryCustomRoles implements CustomRoleRepository {

    private final List<CustomRole> roles = new ArrayList<>();

    @Override
    public List<CustomRole> findByOrganisation(Organisation organisation) {
        return roles.stream()
                .filter(role -> role.getOrganisation().equals(organisation))
                .sorted(Comparator.comparing(CustomRole::getName))
                .toList();
    }

    @Override
    public Optional<CustomRole> findByOrganisationAndName(Organisation organisation, String name) {
        return findByOrganisation(organisation).stream()
                .filter(role -> role.getName().equals(name.strip()))
                .findFirst();
    }

    @Override
    public void store(CustomRole role) {
        roles.add(role);
    }
}
