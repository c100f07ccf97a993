package com.activesessions.tokens.application;

import com.activesessions.tokens.domain.ApiToken;

/**
 * A token just made, with its secret: the only moment the secret exists outside the caller's
 * hands, so the page shows it once and keeps it nowhere.
 */
public record IssuedToken(ApiToken token, String secret) {}
