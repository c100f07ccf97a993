package com.activesessions.tokens.application;

import com.activesessions.tokens.domain.ApiToken;
import com.activesessions.tokens.domain.TokenScope;
import java.time.Instant;

/**
 * A personal API token as its owner's pages and API show it: never its secret, nor its hash.
 *
 * @param publicId the handle it is revoked by
 * @param name what its owner called it
 * @param scope what it may do
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked; null if it was not
 * @param lastUsedAt its last use; null if it was never used
 * @param lastUsedFrom the address of its last use; null if it was never used
 * @param usable whether it could be used when it was read: neither revoked nor expired
 */
public record TokenSummary(
        String publicId,
        String name,
        TokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        String lastUsedFrom,
        boolean usable) {

    static TokenSummary of(ApiToken token, Instant now) {
        return new TokenSummary(
                token.getPublicId(),
                token.getName(),
                token.getScope(),
                token.getCreatedAt(),
                token.getExpiresAt(),
                token.getRevokedAt(),
                token.getLastUsedAt(),
                token.getLastUsedFrom(),
                token.isUsableAt(now));
    }
}
