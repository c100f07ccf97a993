/**
 * Personal API tokens and their scopes; only the hash of a secret is kept.
 */
package com.activesessions.tokens.domain;
