package com.activesessions.tokens.interfaces.web;

import com.activesessions.shared.interfaces.web.Timestamps;
import com.activesessions.tokens.application.TokenSummary;

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

    private TokenRow(TokenSummary token) {
        this.publicId = token.publicId();
        this.name = token.name();
        this.scope = token.scope().label();
        this.createdAt = Timestamps.of(token.createdAt());
        this.expiresAt = Timestamps.of(token.expiresAt());
        this.lastUsed = token.lastUsedAt() == null
                ? "Never"
                : Timestamps.of(token.lastUsedAt()) + " from " + token.lastUsedFrom();
        this.usable = token.usable();
        this.status = token.revokedAt() != null ? "Revoked" : usable ? "Active" : "Expired";
    }

    static TokenRow of(TokenSummary token) {
        return new TokenRow(token);
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
