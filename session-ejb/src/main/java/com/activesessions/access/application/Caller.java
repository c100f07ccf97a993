package com.activesessions.access.application;

import com.activesessions.sessions.domain.SessionIdHash;
import java.util.Objects;

/**
 * Who is asking: the signed-in account, what it came in with — a session, or a personal API
 * token — and its address.
 *
 * @param email the account's sign-in name
 * @param session the hash of the session id the request came in on; null for an API token
 * @param ipAddress the client's address, as the web layer resolved it
 * @param token the public id of the API token the request came with; null for a session
 */
public record Caller(String email, SessionIdHash session, String ipAddress, String token) {

    public Caller {
        Objects.requireNonNull(email, "A caller is a signed-in account");
        if ((session == null) == (token == null)) {
            throw new IllegalArgumentException("A caller comes in on a session or with an API token");
        }
    }

    /** A caller signed in on a session. */
    public Caller(String email, SessionIdHash session, String ipAddress) {
        this(email, Objects.requireNonNull(session, "A caller comes in on a session"), ipAddress, null);
    }

    /** A script calling with a personal API token. */
    public static Caller withToken(String email, String tokenPublicId, String ipAddress) {
        return new Caller(email, null, ipAddress, Objects.requireNonNull(tokenPublicId));
    }

    public boolean hasToken() {
        return token != null;
    }
}
