package com.activesessions.application;

import com.activesessions.domain.model.TokenScope;
import java.util.Set;

/**
 * A request's valid API token: who it speaks for, what it may do, and the security groups its
 * account holds.
 */
public record TokenHolder(Caller caller, TokenScope scope, Set<String> groups) {}
