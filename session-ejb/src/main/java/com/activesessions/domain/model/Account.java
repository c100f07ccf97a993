package com.activesessions.domain.model;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A person who signs in. The e-mail address is the sign-in name and is kept in lower case. */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
        name = "Account.useMfaStep",
        query = "UPDATE Account a SET a.mfaLastStep = :step WHERE a.id = :id"
                + " AND (a.mfaLastStep IS NULL OR a.mfaLastStep < :step)")
public class Account {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_EMAIL_LENGTH)
    private String email;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean disabled;

    /** The TOTP secret, encrypted ({@code SecretCipher}); set at enrolment, before MFA is on. */
    @Column(name = "MFA_SECRET", length = 255)
    private String mfaSecret;

    /** Whether sign-in asks for a code; null (an account older than MFA) is off. */
    @Column(name = "MFA_ENABLED")
    private Boolean mfaEnabled;

    /** The time step of the last code accepted, so that no code is accepted twice. */
    @Column(name = "MFA_LAST_STEP")
    private Long mfaLastStep;

    /** Null only for accounts made before organisations existed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ORGANISATION_ID")
    private Organisation organisation;

    protected Account() {
        // for JPA
    }

    public Account(String email, String name, String passwordHash, Role role, Instant createdAt) {
        this(email, name, passwordHash, role, createdAt, null);
    }

    public Account(
            String email, String name, String passwordHash, Role role, Instant createdAt, Organisation organisation) {
        this.email = normalizeEmail(Objects.requireNonNull(email, "An account needs an e-mail address"));
        this.name = Objects.requireNonNull(name, "An account needs a name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "An account needs a password hash");
        this.role = Objects.requireNonNull(role, "An account needs a role");
        this.createdAt = Objects.requireNonNull(createdAt, "An account needs a creation time");
        this.organisation = organisation;
    }

    /** The one spelling under which an e-mail address is stored and looked up. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Replaces the password; the caller ends the account's other sessions in the same transaction. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "A new password hash is required");
    }

    /** An account that may no longer sign in; its sessions are ended in the same transaction. */
    public void disable() {
        this.disabled = true;
    }

    /** Keeps a new, encrypted TOTP secret, which turns MFA on only once a code of it is confirmed. */
    public void beginMfaEnrolment(String encryptedSecret) {
        if (isMfaEnabled()) {
            throw new IllegalStateException("MFA is on already: turn it off before enrolling again");
        }
        this.mfaSecret = Objects.requireNonNull(encryptedSecret, "An encrypted secret is required");
        this.mfaLastStep = null;
    }

    /** A code of the secret was confirmed: sign-in asks for codes from now on. */
    public void enableMfa() {
        if (mfaSecret == null) {
            throw new IllegalStateException("MFA needs a secret first");
        }
        this.mfaEnabled = true;
    }

    public void disableMfa() {
        this.mfaEnabled = false;
        this.mfaSecret = null;
        this.mfaLastStep = null;
    }

    public boolean isMfaEnabled() {
        return Boolean.TRUE.equals(mfaEnabled);
    }

    /** The encrypted TOTP secret, enrolled or being enrolled. */
    public Optional<String> getMfaSecret() {
        return Optional.ofNullable(mfaSecret);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Organisation> getOrganisation() {
        return Optional.ofNullable(organisation);
    }
}
