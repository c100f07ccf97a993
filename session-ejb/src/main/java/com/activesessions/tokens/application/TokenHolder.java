package com.activesessions.tokens.application;

import com.activesessions.access.application.Caller;
import com.activesessions.tokens.domain.TokenScope;
import java.util.Set;

/**
 * A request's valid API token: who it speaks for, what it may do, and the security groups its
 * account holds.
 */
public record TokenHolder(Caller caller, TokenScope scope, Set<String> groups) {}
