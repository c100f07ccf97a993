package com.activesessions.sessions.application;

import com.activesessions.accounts.domain.SessionLimits;
import java.time.Instant;
import java.util.List;

/**
 * A recorded sign-in.
 *
 * @param publicId the new session's public id
 * @param replaced the sessions ended to keep the account within its cap, for the web layer to
 *     invalidate
 * @param limits the time limits the session was given
 * @param lifetimeEndsAt when the session's lifetime ends, whatever its activity
 */
public record SignIn(String publicId, List<EndedSession> replaced, SessionLimits limits, Instant lifetimeEndsAt) {}
