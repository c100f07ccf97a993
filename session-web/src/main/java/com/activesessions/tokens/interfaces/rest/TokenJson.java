package com.activesessions.tokens.interfaces.rest;

import com.activesessions.tokens.application.TokenSummary;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal API token as the API shows it: never its secret, but when it was made. */
@Schema(name = "Token", description = "A personal API token.")
public record TokenJson(
        @Schema(example = "bG9uZyByYW5kb20gaWQ") String id,
        @Schema(example = "nightly audit") String name,
        @Schema(enumeration = {"READ", "READ_AND_END"}) String scope,
        Instant createdAt,
        Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) Instant lastUsedAt,
        @Schema(nullable = true, example = "203.0.113.7") String lastUsedFrom,

        @Schema(
                nullable = true,
                description = "Only in the answer that made the token; shown once",
                example = "ast_3q2-…")
        String secret) {

    static TokenJson of(TokenSummary token, String secret) {
        return new TokenJson(
                token.publicId(),
                token.name(),
                token.scope().name(),
                token.createdAt(),
                token.expiresAt(),
                token.revokedAt(),
                token.lastUsedAt(),
                token.lastUsedFrom(),
                secret);
    }
}
