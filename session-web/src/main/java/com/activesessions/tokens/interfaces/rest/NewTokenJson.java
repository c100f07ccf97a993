package com.activesessions.tokens.interfaces.rest;

import com.activesessions.shared.application.InvalidFieldException;
import com.activesessions.tokens.domain.TokenScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new token should be called, may do, and how long it lasts. */
@Schema(name = "NewToken", description = "A token to make.")
public record NewTokenJson(
        @Schema(required = true, maxLength = 100, example = "nightly audit")
        String name,

        @Schema(
                required = true,
                enumeration = {"READ", "READ_AND_END"},
                example = "READ")
        String scope,

        @Schema(required = true, minimum = "1", maximum = "365", example = "30")
        Integer validDays) {

    /** The scope named, or null for none; a name that is not a scope is refused, naming the field. */
    TokenScope tokenScope() {
        if (scope == null) {
            return null;
        }
        try {
            return TokenScope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("scope", "A token's scope is READ or READ_AND_END.");
        }
    }
}
