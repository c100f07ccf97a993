package com.activesessions.interfaces.web.tracking;

import com.activesessions.application.Caller;
import com.activesessions.application.EndedSession;
import com.activesessions.application.LastAccessBuffer;
import com.activesessions.application.SessionRegistry;
import com.activesessions.application.UnknownSessionException;
import com.activesessions.domain.model.SessionIdHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live servlet sessions that are signed in, by the hash of their id. Ending a session
 * through here invalidates its {@link HttpSession} on the spot, so its next request is refused
 * by the container itself; the registry keeps the record.
 */
@ApplicationScoped
public class SessionTracker {

    /** The session attribute holding the hash of the session's id, set once the session signs in. */
    static final String HASH_ATTRIBUTE = SessionTracker.class.getName() + ".hash";

    private final ConcurrentMap<SessionIdHash, HttpSession> live = new ConcurrentHashMap<>();

    @Inject
    private SessionRegistry registry;

    @Inject
    private LastAccessBuffer lastAccesses;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private Clock clock;

    /** Starts tracking the request's session, which has just signed in (and changed its id). */
    public void signedIn(HttpServletRequest request, String email) {
        HttpSession session = request.getSession();
        SessionIdHash hash = SessionIdHash.of(session.getId());
        registry.signedIn(email, hash, request.getHeader("User-Agent"), clientAddresses.of(request));
        session.setAttribute(HASH_ATTRIBUTE, hash);
        live.put(hash, session);
    }

    /** Who is making this request, if it comes in on a tracked session. */
    public Optional<Caller> callerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return hashOf(session)
                .map(hash -> new Caller(request.getUserPrincipal().getName(), hash, clientAddresses.of(request)));
    }

    /**
     * Ends one of the caller's sessions and invalidates it at once.
     *
     * @throws UnknownSessionException if it is not one of the caller's active sessions
     */
    public EndedSession end(Caller caller, String publicId) throws UnknownSessionException {
        EndedSession ended = registry.end(caller, publicId);
        invalidate(ended.sessionIdHash());
        return ended;
    }

    /** Logs the request's own session out. */
    public void signOut(HttpServletRequest request) {
        callerOf(request).flatMap(registry::signOut).ifPresent(ended -> invalidate(ended.sessionIdHash()));
        HttpSession session = request.getSession(false);
        if (session != null) {
            invalidateQuietly(session);
        }
    }

    /**
     * Notes a request of the session in memory.
     *
     * @return false if the session signed in but has been ended since: it is invalidated now and
     *     its request must be refused
     */
    public boolean noteAccess(HttpSession session) {
        Optional<SessionIdHash> hash = hashOf(session);
        if (hash.isEmpty()) {
            return true;
        }
        if (!live.containsKey(hash.get())) {
            invalidateQuietly(session);
            return false;
        }
        lastAccesses.note(hash.get(), clock.instant());
        return true;
    }

    void idChanged(HttpSession session) {
        hashOf(session).ifPresent(oldHash -> {
            SessionIdHash newHash = SessionIdHash.of(session.getId());
            registry.sessionIdChanged(oldHash, newHash);
            session.setAttribute(HASH_ATTRIBUTE, newHash);
            live.remove(oldHash);
            live.put(newHash, session);
        });
    }

    /**
     * The container is destroying a session. A session that timed out is recorded as expired; one
     * that we invalidated was recorded already; one destroyed by a shutdown is left as it is.
     */
    void destroyed(HttpSession session) {
        hashOf(session).ifPresent(hash -> {
            if (live.remove(hash) != null && timedOut(session)) {
                registry.expired(hash);
            }
        });
    }

    private boolean timedOut(HttpSession session) {
        long idleMillis = clock.millis() - session.getLastAccessedTime();
        return session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
    }

    private void invalidate(SessionIdHash hash) {
        HttpSession session = live.remove(hash);
        if (session != null) {
            invalidateQuietly(session);
        }
    }

    private static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // the container got there first: the session is gone either way
        }
    }

    private static Optional<SessionIdHash> hashOf(HttpSession session) {
        try {
            return Optional.ofNullable((SessionIdHash) session.getAttribute(HASH_ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
