package com.activesessions.tokens.interfaces.web;

import com.activesessions.shared.interfaces.web.Timestamps;
import com.activesessions.tokens.domain.ApiToken;
import java.time.Instant;

/** One personal API token on the API tokens page (a class with getters: Faces' EL reads no record). */
public final class TokenRow {

    private final String publicId;
    private final String name;
    private final String scope;
    private final String createdAt;
    private final String expiresAt;
    private final String lastUsed;
    private final String status;
    private final boolean usable;

    private TokenRow(ApiToken token, Instant now) {
        this.publicId = token.getPublicId();
        this.name = token.getName();
        this.scope = token.getScope().label();
        this.createdAt = Timestamps.of(token.getCreatedAt());
        this.expiresAt = Timestamps.of(token.getExpiresAt());
        this.lastUsed = token.getLastUsedAt() == null
                ? "Never"
                : Timestamps.of(token.getLastUsedAt()) + " from " + token.getLastUsedFrom();
        this.usable = token.isUsableAt(now);
        this.status = token.getRevokedAt() != null ? "Revoked" : usable ? "Active" : "Expired";
    }

    static TokenRow of(ApiToken token, Instant now) {
        return new TokenRow(token, now);
    }

    public String getPublicId() {
        return publicId;
    }

    public String getName() {
        return name;
    }

    /** What it may do, e.g. "Read, and end sessions". */
    public String getScope() {
        return scope;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getExpiresAt() {
        return expiresAt;
    }

    /** "Never", or when and from where. */
    public String getLastUsed() {
        return lastUsed;
    }

    /** Active, Expired or Revoked. */
    public String getStatus() {
        return status;
    }

    public boolean isUsable() {
        return usable;
    }
}
