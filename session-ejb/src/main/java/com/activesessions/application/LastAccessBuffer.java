package com.activesessions.application;

import com.activesessions.domain.model.SessionIdHash;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last access of each session since the previous flush, held in memory. Noting an access is
 * one map update, so tracking costs a request no database write; however many requests a
 * session makes, a flush writes it once.
 */
@ApplicationScoped
public class LastAccessBuffer {

    private final ConcurrentHashMap<SessionIdHash, Instant> pending = new ConcurrentHashMap<>();

    public void note(SessionIdHash session, Instant at) {
        pending.merge(session, at, (previous, latest) -> latest.isAfter(previous) ? latest : previous);
    }

    /** Takes every noted access out of the buffer; an access noted meanwhile waits for the next drain. */
    public Map<SessionIdHash, Instant> drain() {
        Map<SessionIdHash, Instant> drained = new HashMap<>();
        for (SessionIdHash session : pending.keySet()) {
            Instant at = pending.remove(session);
            if (at != null) {
                drained.put(session, at);
            }
        }
        return drained;
    }

    public int size() {
        return pending.size();
    }
}
