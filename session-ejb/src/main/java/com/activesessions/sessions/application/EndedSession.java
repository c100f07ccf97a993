package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;

/**
 * A session that was just ended, with what the web layer needs to invalidate it at once.
 *
 * @param publicId the public id of the ended session
 * @param sessionIdHash the hash of its servlet session id, while it was live
 * @param reason why it ended
 */
public record EndedSession(String publicId, SessionIdHash sessionIdHash, EndReason reason) {}
