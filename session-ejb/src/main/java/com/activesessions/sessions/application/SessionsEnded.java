package com.activesessions.sessions.application;

import java.util.List;

/**
 * Sessions a transaction ended: observed once it commits, so that nothing is refused for a
 * change that was rolled back.
 *
 * @param sessions the sessions ended
 */
public record SessionsEnded(List<EndedSession> sessions) {}
