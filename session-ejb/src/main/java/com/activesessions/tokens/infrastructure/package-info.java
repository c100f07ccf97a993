/**
 * API tokens in JPA.
 */
package com.activesessions.tokens.infrastructure;
