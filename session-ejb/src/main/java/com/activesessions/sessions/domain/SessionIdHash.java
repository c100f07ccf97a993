package com.activesessions.sessions.domain;

import com.activesessions.shared.domain.Sha256;
import java.io.Serializable;
import java.util.Objects;

/**
 * The SHA-256 of a servlet session id: how a session is recognised without keeping the id
 * itself, which is a bearer credential. Only the hash is stored, compared or logged.
 */
public record SessionIdHash(String hex) implements Serializable {

    public static final int LENGTH = 64;

    public SessionIdHash {
        Objects.requireNonNull(hex, "A session id hash needs its hex digits");
        if (hex.length() != LENGTH) {
            throw new IllegalArgumentException("A session id hash is 64 hex digits");
        }
    }

    public static SessionIdHash of(String sessionId) {
        Objects.requireNonNull(sessionId, "A session id is required");
        return new SessionIdHash(Sha256.hex(sessionId));
    }

    /** Never the hash in full: a few digits are enough to follow one session through a log. */
    @Override
    public String toString() {
        return "SessionIdHash[" + hex.substring(0, 8) + "…]";
    }
}
