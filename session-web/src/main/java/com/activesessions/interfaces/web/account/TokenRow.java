package com.activesessions.interfaces.web.account;

import com.activesessions.domain.model.ApiToken;
import com.activesessions.interfaces.web.Timestamps;
import java.time.Instant;

/** One personal API token on the API tokens page. */
public record TokenRow(
        String publicId,
        String name,
        String scope,
        String createdAt,
        String expiresAt,
        String lastUsed,
        String status,
        boolean usable) {

    static TokenRow of(ApiToken token, Instant now) {
        String lastUsed = token.getLastUsedAt() == null
                ? "Never"
                : Timestamps.of(token.getLastUsedAt()) + " from " + token.getLastUsedFrom();
        return new TokenRow(
                token.getPublicId(),
                token.getName(),
                token.getScope().label(),
                Timestamps.of(token.getCreatedAt()),
                Timestamps.of(token.getExpiresAt()),
                lastUsed,
                statusOf(token, now),
                token.isUsableAt(now));
    }

    private static String statusOf(ApiToken token, Instant now) {
        if (token.getRevokedAt() != null) {
            return "Revoked";
        }
        return token.isUsableAt(now) ? "Active" : "Expired";
    }
}
