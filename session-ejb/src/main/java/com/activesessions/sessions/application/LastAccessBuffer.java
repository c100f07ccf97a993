package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.domain.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last access of each session since the previous flush, and how many requests and API calls
 * it made meanwhile, held in memory. Noting an access is one map update, so tracking costs a
 * request no database write; however many requests a session makes, a flush writes it once.
 */
@ApplicationScoped
public class LastAccessBuffer {

    private final ConcurrentHashMap<SessionIdHash, SessionAccess> pending = new ConcurrentHashMap<>();

    /** Notes one page request of the session. */
    public void note(SessionIdHash session, Instant at) {
        note(session, at, RequestKind.PAGE);
    }

    public void note(SessionIdHash session, Instant at, RequestKind kind) {
        pending.merge(session, new SessionAccess(at, kind.requests(), kind.apiCalls()), SessionAccess::plus);
    }

    /** Takes every noted access out of the buffer; an access noted meanwhile waits for the next drain. */
    public Map<SessionIdHash, SessionAccess> drain() {
        Map<SessionIdHash, SessionAccess> drained = new HashMap<>();
        for (SessionIdHash session : pending.keySet()) {
            take(session).ifPresent(access -> drained.put(session, access));
        }
        return drained;
    }

    /**
     * Puts back what a flush took out and could not write (its transaction rolled back), under what
     * was noted since: nothing is lost while the database is away.
     */
    public void putBack(Map<SessionIdHash, SessionAccess> unwritten) {
        unwritten.forEach((session, access) -> pending.merge(session, access, SessionAccess::plus));
    }

    /**
     * Takes out what one session did since the last flush: a session that ends adds it to its
     * record at once, since a flush can no longer find it by its id.
     */
    public Optional<SessionAccess> take(SessionIdHash session) {
        return Optional.ofNullable(pending.remove(session));
    }

    public int size() {
        return pending.size();
    }
}
