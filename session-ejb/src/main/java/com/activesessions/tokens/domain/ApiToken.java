package com.activesessions.tokens.domain;

import com.activesessions.accounts.domain.Account;
import com.activesessions.sessions.domain.TrackedSession;
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

/**
 * A personal API token, for scripts. Only the SHA-256 of its secret is kept: the secret is shown
 * once, when the token is made, and a copy of the database cannot be used to call the API.
 */
@Entity
@Table(name = "API_TOKEN", indexes = @Index(name = "IX_API_TOKEN_ACCOUNT", columnList = "ACCOUNT_ID"))
@NamedQuery(
        name = "ApiToken.findBySecretHash",
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.secretHash = :hash")
@NamedQuery(
        name = "ApiToken.findByAccount",
        query = "SELECT t FROM ApiToken t WHERE t.account.email = :email ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "PUBLIC_ID", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private Account account;

    @Column(name = "NAME", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCOPE", nullable = false, length = 20)
    private TokenScope scope;

    @Column(name = "SECRET_HASH", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "LAST_USED_FROM", length = TrackedSession.MAX_IP_LENGTH)
    private String lastUsedFrom;

    protected ApiToken() {}

    public ApiToken(
            String publicId,
            Account account,
            String name,
            TokenScope scope,
            String secretHash,
            Instant createdAt,
            Instant expiresAt) {
        this.publicId = Objects.requireNonNull(publicId);
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name);
        this.scope = Objects.requireNonNull(scope);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token expires after it is made");
        }
    }

    /** Whether the token may be used now: neither revoked nor expired. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now, String ipAddress) {
        lastUsedAt = now;
        lastUsedFrom = ipAddress;
    }

    public boolean belongsTo(String email) {
        return account.getEmail().equals(Account.normalizeEmail(email));
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getLastUsedFrom() {
        return lastUsedFrom;
    }
}
