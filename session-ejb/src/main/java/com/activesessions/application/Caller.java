package com.activesessions.application;

import com.activesessions.domain.model.SessionIdHash;
import java.util.Objects;

/**
 * Who is asking: the signed-in account, the session the request came in on, and its address.
 *
 * @param email the account's sign-in name
 * @param session the hash of the session id the request came in on
 * @param ipAddress the client's address, as the web layer resolved it
 */
public record Caller(String email, SessionIdHash session, String ipAddress) {

    public Caller {
        Objects.requireNonNull(email, "A caller is a signed-in account");
        Objects.requireNonNull(session, "A caller comes in on a session");
    }
}
