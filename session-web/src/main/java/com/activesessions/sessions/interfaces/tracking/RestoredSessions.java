package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions Payara restored into this application (at start from the file written at
 * the last stop or redeployment, or later from the data grid), until the restart sweep has spared
 * them. Payara restores the sessions of a start while the web module starts, before its beans may be
 * created, so a restored ticket only leaves its hash here, in the servlet context; the
 * {@link SessionTracker} admits the session again at its first request.
 */
final class RestoredSessions {

    private static final String ATTRIBUTE = RestoredSessions.class.getName();

    private final Set<SessionIdHash> hashes = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    private RestoredSessions() {}

    /** The application's restored sessions, kept in its servlet context. */
    static RestoredSessions of(ServletContext context) {
        synchronized (context) {
            RestoredSessions restored = (RestoredSessions) context.getAttribute(ATTRIBUTE);
            if (restored == null) {
                restored = new RestoredSessions();
                context.setAttribute(ATTRIBUTE, restored);
            }
            return restored;
        }
    }

    void add(SessionIdHash hash) {
        if (open) {
            hashes.add(hash);
        }
    }

    /**
     * The hashes restored so far; from now on none is kept. The restart sweep needs them once, and
     * an instance of a group, which swaps sessions in from the data grid all day and never sweeps,
     * none.
     */
    Set<SessionIdHash> close() {
        open = false;
        Set<SessionIdHash> taken = Set.copyOf(hashes);
        hashes.clear();
        return taken;
    }
}
