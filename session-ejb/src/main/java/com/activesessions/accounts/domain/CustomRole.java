package com.activesessions.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A role an organisation's administrators define: a name and a set of permissions. An account
 * given one holds exactly those permissions instead of its built-in role's.
 */
@Entity
@Table(
        name = "CUSTOM_ROLE",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_CUSTOM_ROLE_NAME",
                        columnNames = {"ORGANISATION_ID", "NAME"}))
@NamedQuery(
        name = "CustomRole.findByOrganisation",
        query = "SELECT r FROM CustomRole r WHERE r.organisation = :organisation ORDER BY r.name")
@NamedQuery(
        name = "CustomRole.findByOrganisationAndName",
        query = "SELECT r FROM CustomRole r WHERE r.organisation = :organisation AND r.name = :name")
public class CustomRole {

    public static final int MAX_NAME_LENGTH = 60;

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Column(name = "NAME", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CUSTOM_ROLE_PERMISSION", joinColumns = @JoinColumn(name = "CUSTOM_ROLE_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "PERMISSION", nullable = false, length = 40)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected CustomRole() {
        // for JPA
    }

    public CustomRole(Organisation organisation, String name, Set<Permission> permissions, Instant createdAt) {
        this.organisation = Objects.requireNonNull(organisation, "A custom role belongs to an organisation");
        this.name = Objects.requireNonNull(name, "A custom role needs a name").strip();
        if (this.name.isEmpty() || this.name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A role's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        this.createdAt = Objects.requireNonNull(createdAt, "A custom role needs a creation time");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public Set<Permission> getPermissions() {
        return Set.copyOf(permissions);
    }
}
