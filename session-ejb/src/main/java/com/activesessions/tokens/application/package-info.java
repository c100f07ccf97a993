/**
 * Making, checking and revoking API tokens, and taking back every credential that outlives a
 * session when an account is taken back.
 */
package com.activesessions.tokens.application;
