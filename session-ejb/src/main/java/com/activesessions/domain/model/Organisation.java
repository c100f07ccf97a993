package com.activesessions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The company or team an account belongs to (F12). For now it only has a name: sign-up makes
 * one per new account; policies, admin rights and data per organisation come with it later.
 */
@Entity
@Table(name = "ORGANISATION")
public class Organisation {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private Instant createdAt;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "An organisation needs a name").strip();
        if (this.name.isEmpty() || this.name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("An organisation's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "An organisation needs a creation time");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
