package com.activesessions.accounts.domain;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person who signs in. The e-mail address is the sign-in name and is kept in lower case. Pages
 * and URLs name an account by its random public id, never by its key or its e-mail address.
 */
@Entity
// An organisation's accounts (All Sessions' user filter looks them up first, V7).
@Table(name = "ACCOUNT", indexes = @Index(name = "IX_ACCOUNT_ORGANISATION", columnList = "ORGANISATION_ID, EMAIL"))
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.findByPublicId", query = "SELECT a FROM Account a WHERE a.publicId = :publicId")
@NamedQuery(
        name = "Account.findByPublicIdInOrganisation",
        query = "SELECT a FROM Account a WHERE a.publicId = :publicId AND a.organisation = :organisation")
@NamedQuery(
        name = "Account.findByEmailInOrganisation",
        query = "SELECT a FROM Account a WHERE a.email = :email AND a.organisation = :organisation")
@NamedQuery(
        name = "Account.findByOrganisation",
        query = "SELECT a FROM Account a WHERE a.organisation = :organisation ORDER BY a.name, a.email")
@NamedQuery(
        name = "Account.findBySetPasswordToken",
        query = "SELECT a FROM Account a WHERE a.setPasswordTokenHash = :hash")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
        name = "Account.useMfaStep",
        query = "UPDATE Account a SET a.mfaLastStep = :step WHERE a.id = :id"
                + " AND (a.mfaLastStep IS NULL OR a.mfaLastStep < :step)")
public class Account {

    public static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "PUBLIC_ID", nullable = false, unique = true, length = 32)
    private String publicId;

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

    /** When set, the account holds this role's permissions instead of {@link #role}'s. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CUSTOM_ROLE_ID")
    private CustomRole customRole;

    /** The SHA-256 of the one-time token of a set-password link, while one is open. */
    @Column(name = "SET_PASSWORD_TOKEN_HASH", unique = true, length = SessionIdHash.LENGTH)
    private String setPasswordTokenHash;

    @Column(name = "SET_PASSWORD_EXPIRES_AT")
    private Instant setPasswordExpiresAt;

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
        this.publicId = UUID.randomUUID().toString().replace("-", "");
    }

    /** The one spelling under which an e-mail address is stored and looked up. */
    public static String normalizeEmail(String email) {
        return EmailAddresses.normalize(email);
    }

    /**
     * Replaces the password, and closes any set-password link: a link made for the old password
     * must not set another one. The caller ends the account's other sessions in the same transaction.
     */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "A new password hash is required");
        closeSetPasswordLink();
    }

    /** An account that may no longer sign in; its sessions are ended in the same transaction. */
    public void disable() {
        this.disabled = true;
        closeSetPasswordLink();
    }

    /** What the account may do: its custom role's permissions if it has one, else its role's. */
    public Set<Permission> permissions() {
        Set<Permission> granted = customRole != null ? customRole.getPermissions() : role.permissions();
        return organisation != null
                ? granted
                : granted.stream()
                        .filter(permission -> !permission.isOrganisationWide())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public boolean holds(Permission permission) {
        return permissions().contains(permission);
    }

    /** Gives the account a built-in role, and takes away any custom one. */
    public void assignRole(Role role) {
        this.role = Objects.requireNonNull(role, "An account needs a role");
        this.customRole = null;
    }

    /**
     * Gives the account a custom role of its own organisation. Its security group stays that of
     * a {@link Role#USER}: the permissions decide, not the group.
     */
    public void assignRole(CustomRole customRole) {
        Objects.requireNonNull(customRole, "A custom role is required");
        if (organisation == null
                || !organisation.getId().equals(customRole.getOrganisation().getId())) {
            throw new IllegalArgumentException("A custom role is given only within its organisation");
        }
        this.role = Role.USER;
        this.customRole = customRole;
    }

    /** Opens a set-password link: the account signs in once its holder has chosen a password. */
    public void openSetPasswordLink(String tokenHash, Instant expiresAt) {
        this.setPasswordTokenHash = Objects.requireNonNull(tokenHash, "A set-password link needs its token hash");
        this.setPasswordExpiresAt = Objects.requireNonNull(expiresAt, "A set-password link expires");
    }

    /** Whether the set-password link is still open at the given time. */
    public boolean setPasswordLinkOpen(Instant now) {
        return setPasswordTokenHash != null && now.isBefore(setPasswordExpiresAt);
    }

    /** Sets the password through the link, which closes it. */
    public void setPasswordThroughLink(String newPasswordHash) {
        changePassword(newPasswordHash);
    }

    /** A set-password link, if one is open, no longer works. */
    public void closeSetPasswordLink() {
        this.setPasswordTokenHash = null;
        this.setPasswordExpiresAt = null;
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

    /** The security groups a sign-in of this account is granted, however it signs in. */
    public Set<String> securityGroups() {
        return Set.of(role.group());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublicId() {
        return publicId;
    }

    public Optional<CustomRole> getCustomRole() {
        return Optional.ofNullable(customRole);
    }

    /** The name of the role the account has, custom or built in. */
    public String roleName() {
        return customRole != null ? customRole.getName() : role.label();
    }

    public Optional<Organisation> getOrganisation() {
        return Optional.ofNullable(organisation);
    }
}
