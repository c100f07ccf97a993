package com.activesessions.tokens.application;

/**
 * A token just made, with its secret: the only moment the secret exists outside the caller's
 * hands, so the page shows it once and keeps it nowhere.
 */
public record IssuedToken(TokenSummary token, String secret) {}
