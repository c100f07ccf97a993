package com.activesessions.interfaces.rest;

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
        Integer validDays) {}
