package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.access.application.Caller;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.passwords.application.AccountSecurity;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.LastAccessBuffer;
import com.activesessions.sessions.application.RecordCheck;
import com.activesessions.sessions.application.RevokedSessions;
import com.activesessions.sessions.application.SessionCapReachedException;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.SignIn;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.interfaces.web.RequestKinds;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live servlet sessions that are signed in, by the hash of their id. Ending a session
 * through here invalidates its {@link HttpSession} on the spot; a session ended any other way
 * is refused by {@link #admit} on its next request, from the revoked set, in memory, or from its
 * record once this server's knowledge of it is stale ({@link RecordCheck}).
 */
@ApplicationScoped
public class SessionTracker {

    /** The session attribute holding the {@link SessionTicket}, set once the session signs in. */
    static final String TICKET_ATTRIBUTE = SessionTracker.class.getName() + ".ticket";

    private final ConcurrentMap<SessionIdHash, HttpSession> live = new ConcurrentHashMap<>();

    @Inject
    private SessionRegistry registry;

    @Inject
    private AccountSecurity accountSecurity;

    @Inject
    private LastAccessBuffer lastAccesses;

    @Inject
    private RevokedSessions revoked;

    @Inject
    private RecordCheck recordCheck;

    @Inject
    private HijackSignals hijackSignals;

    @Inject
    private SessionPolicy policy;

    @Inject
    private ClientAddresses clientAddresses;

    @Inject
    private Clock clock;

    /**
     * Records the request's session, which has just signed in (and changed its id), and gives it
     * its idle time-out.
     *
     * @throws SessionCapReachedException if the account may not have another session
     */
    /**
     * @param email the account signed in
     * @param secondFactorPublicId the public id under which its second sign-in step was recorded,
     *     which it keeps; null if it signed in with the password alone
     * @throws SessionCapReachedException if the account may not have another session
     */
    public void signedIn(HttpServletRequest request, String email, String secondFactorPublicId)
            throws SessionCapReachedException {
        HttpSession session = request.getSession();
        SessionIdHash hash = SessionIdHash.of(session.getId());
        String userAgent = request.getHeader("User-Agent");
        String address = clientAddresses.of(request);
        SignIn signIn = secondFactorPublicId == null
                ? registry.signedIn(email, hash, userAgent, address)
                : registry.signedIn(email, hash, userAgent, address, secondFactorPublicId, true);
        invalidateAll(signIn.replaced());
        session.setMaxInactiveInterval((int) signIn.limits().idleTimeout().toSeconds());
        session.setAttribute(TICKET_ATTRIBUTE, new SessionTicket(hash, signIn.lifetimeEndsAt(), userAgent, address));
        live.put(hash, session);
        recordCheck.confirmed(hash, clock.instant());
    }

    /** Who is making this request, if it comes in on a tracked session. */
    public Optional<Caller> callerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return ticketOf(session)
                .map(ticket ->
                        new Caller(request.getUserPrincipal().getName(), ticket.hash(), clientAddresses.of(request)));
    }

    /**
     * Checks a request of a session in memory, and notes its access and what it counts as (a page,
     * an API call, a static resource). A session that was ended, outlived its lifetime, or shows a
     * hijack signal that the policy ends it for (another browser, by default) is invalidated; the
     * first signal is flagged. With tracking switched off
     * ({@link SessionPolicy#trackingEnabled}) an ended or outlived session is still refused, but
     * nothing is noted or compared.
     *
     * @return false if the request must be refused
     */
    public boolean admit(HttpServletRequest request, HttpSession session) {
        Optional<SessionTicket> found = ticketOf(session);
        if (found.isEmpty()) {
            return true;
        }
        SessionTicket ticket = found.get();
        Instant now = clock.instant();
        if (revoked.isRevoked(ticket.hash()) || !recordCheck.stillActive(ticket.hash(), now)) {
            invalidate(ticket.hash(), session);
            return false;
        }
        if (ticket.outlived(now)) {
            registry.outlived(ticket.hash());
            invalidate(ticket.hash(), session);
            return false;
        }
        if (!policy.trackingEnabled()) {
            return true;
        }
        Optional<HijackSignal> signal = hijackSignals.of(ticket, request);
        if (signal.isPresent()) {
            boolean flagged = ticket.signalled();
            ticket.signal();
            session.setAttribute(TICKET_ATTRIBUTE, ticket);
            if ((!flagged || policy.hijackPolicy().ends(signal.get().kind()))
                    && registry.hijackSignal(
                                    ticket.hash(),
                                    clientAddresses.of(request),
                                    request.getHeader("User-Agent"),
                                    signal.get())
                            .isPresent()) {
                invalidate(ticket.hash(), session);
                return false;
            }
        }
        lastAccesses.note(ticket.hash(), now, RequestKinds.of(request));
        return true;
    }

    /**
     * Ends one of the caller's sessions and invalidates it at once.
     *
     * @throws UnknownSessionException if it is not one of the caller's active sessions
     */
    public EndedSession end(Caller caller, String publicId) throws UnknownSessionException {
        EndedSession ended = registry.end(caller, publicId);
        invalidateAll(List.of(ended));
        return ended;
    }

    /**
     * Ends all the caller's sessions but the one in use, after checking the password again (and
     * the code, if the account has MFA on).
     *
     * @throws WrongPasswordException if the password is wrong
     * @throws WrongCodeException if the code is missing or wrong
     * @throws TooManyFailuresException if the throttle refuses the caller now
     */
    public List<EndedSession> endOthers(Caller caller, char[] password, String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        List<EndedSession> ended = registry.endOthers(caller, password, code);
        invalidateAll(ended);
        return ended;
    }

    /** Ends every session of the account of a script with an API token that may end sessions. */
    public List<EndedSession> endAllWithToken(Caller caller) {
        List<EndedSession> ended = registry.endAllWithToken(caller);
        invalidateAll(ended);
        return ended;
    }

    /**
     * Changes the caller's password, ends their other sessions (and their API tokens unless kept),
     * and gives the session in use a new id.
     *
     * @throws WrongPasswordException if the current password is wrong
     * @throws TooManyFailuresException if the throttle refuses the caller now
     */
    public List<EndedSession> changePassword(
            HttpServletRequest request, char[] current, char[] replacement, boolean keepTokens)
            throws WrongPasswordException, TooManyFailuresException {
        Caller caller = callerOf(request).orElseThrow(() -> new IllegalStateException("Not signed in"));
        List<EndedSession> ended = accountSecurity.changePassword(caller, current, replacement, keepTokens);
        invalidateAll(ended);
        request.changeSessionId();
        return ended;
    }

    /** Logs the request's own session out. */
    public void signOut(HttpServletRequest request) {
        callerOf(request).flatMap(registry::signOut).ifPresent(ended -> invalidateAll(List.of(ended)));
        HttpSession session = request.getSession(false);
        if (session != null) {
            invalidateQuietly(session);
        }
    }

    /** The hashes of the sessions this server holds. */
    public Set<SessionIdHash> liveSessions() {
        return Set.copyOf(live.keySet());
    }

    void idChanged(HttpSession session) {
        ticketOf(session).ifPresent(ticket -> {
            SessionIdHash oldHash = ticket.hash();
            SessionIdHash newHash = SessionIdHash.of(session.getId());
            registry.sessionIdChanged(oldHash, newHash);
            ticket.rekey(newHash);
            session.setAttribute(TICKET_ATTRIBUTE, ticket);
            live.remove(oldHash);
            live.put(newHash, session);
            recordCheck.forget(oldHash);
        });
    }

    /**
     * The container is destroying a session. A session that timed out is recorded as expired; one
     * that we invalidated was recorded already; one destroyed by a shutdown is left as it is.
     */
    void destroyed(HttpSession session) {
        ticketOf(session).ifPresent(ticket -> {
            recordCheck.forget(ticket.hash());
            if (live.remove(ticket.hash()) != null && timedOut(session)) {
                registry.expired(ticket.hash());
            }
        });
    }

    /**
     * Payara restored a session (after a restart, or from another instance). It is live again if
     * its record is; if the record ended meanwhile, its next request is refused.
     */
    void restored(HttpSession session, SessionTicket ticket) {
        if (registry.isActive(ticket.hash())) {
            live.put(ticket.hash(), session);
            recordCheck.confirmed(ticket.hash(), clock.instant());
        } else {
            revoked.revoke(ticket.hash());
        }
    }

    private boolean timedOut(HttpSession session) {
        long idleMillis = clock.millis() - session.getLastAccessedTime();
        return session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
    }

    private void invalidateAll(List<EndedSession> ended) {
        ended.forEach(session -> {
            HttpSession held = live.remove(session.sessionIdHash());
            if (held != null) {
                invalidateQuietly(held);
                revoked.forget(session.sessionIdHash());
            }
        });
    }

    private void invalidate(SessionIdHash hash, HttpSession session) {
        live.remove(hash);
        recordCheck.forget(hash);
        invalidateQuietly(session);
        revoked.forget(hash);
    }

    private static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // the container got there first: the session is gone either way
        }
    }

    private static Optional<SessionTicket> ticketOf(HttpSession session) {
        try {
            return Optional.ofNullable((SessionTicket) session.getAttribute(TICKET_ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
