package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.sessions.application.HijackResponse;
import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.LastAccessBuffer;
import com.activesessions.sessions.application.RecordCheck;
import com.activesessions.sessions.application.RevokedSessions;
import com.activesessions.sessions.application.SessionCapReachedException;
import com.activesessions.sessions.application.SessionExpiry;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.SignIn;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.interfaces.web.RequestKinds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The live servlet sessions of this server that are signed in, by the hash of their id. It does
 * two things only: it admits each request of a session, or refuses it (ended, outlived, or showing
 * a hijack signal the policy ends it for); and it invalidates at once the {@link HttpSession} of
 * every session that {@link RevokedSessions} announces as ended, whatever ended it. Nothing is
 * ended through here: pages and resources call the application services.
 */
@ApplicationScoped
public class SessionTracker {

    /** The session attribute holding the {@link SessionTicket}, set once the session signs in. */
    static final String TICKET_ATTRIBUTE = SessionTracker.class.getName() + ".ticket";

    private final ConcurrentMap<SessionIdHash, HttpSession> live = new ConcurrentHashMap<>();
    private final Consumer<SessionIdHash> invalidateIfHeld = this::invalidateIfHeld;

    private SessionRegistry registry;
    private SessionExpiry expiry;
    private HijackResponse hijackResponse;
    private LastAccessBuffer lastAccesses;
    private RevokedSessions revoked;
    private RecordCheck recordCheck;
    private HijackSignals hijackSignals;
    private SessionPolicy policy;
    private ClientAddresses clientAddresses;
    private Clock clock;

    /** For the container's proxy. */
    protected SessionTracker() {}

    @Inject
    public SessionTracker(
            SessionRegistry registry,
            SessionExpiry expiry,
            HijackResponse hijackResponse,
            LastAccessBuffer lastAccesses,
            RevokedSessions revoked,
            RecordCheck recordCheck,
            HijackSignals hijackSignals,
            SessionPolicy policy,
            ClientAddresses clientAddresses,
            Clock clock) {
        this.registry = registry;
        this.expiry = expiry;
        this.hijackResponse = hijackResponse;
        this.lastAccesses = lastAccesses;
        this.revoked = revoked;
        this.recordCheck = recordCheck;
        this.hijackSignals = hijackSignals;
        this.policy = policy;
        this.clientAddresses = clientAddresses;
        this.clock = clock;
    }

    @PostConstruct
    void listen() {
        revoked.announceTo(invalidateIfHeld);
    }

    @PreDestroy
    void stopListening() {
        revoked.stopAnnouncing(invalidateIfHeld);
    }

    /**
     * Records the request's session, which has just signed in (and changed its id), and gives it
     * its idle time-out. Sessions the cap ended for it are announced, and invalidated, like any other.
     *
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
        session.setMaxInactiveInterval((int) signIn.limits().idleTimeout().toSeconds());
        session.setAttribute(TICKET_ATTRIBUTE, new SessionTicket(hash, signIn.lifetimeEndsAt(), userAgent, address));
        live.put(hash, session);
        recordCheck.confirmed(hash, clock.instant());
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
        Optional<SessionTicket> found = SessionTicket.of(session);
        if (found.isEmpty()) {
            return true;
        }
        SessionTicket ticket = found.get();
        Instant now = clock.instant();
        if (revoked.isRevoked(ticket.hash())
                || !readmitted(ticket.hash(), session)
                || !recordCheck.stillActive(ticket.hash(), now)) {
            invalidate(ticket.hash(), session);
            return false;
        }
        if (ticket.outlived(now)) {
            expiry.outlived(ticket.hash());
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
                    && hijackResponse
                            .signalled(
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

    /** The hashes of the sessions this server holds. */
    public Set<SessionIdHash> liveSessions() {
        return Set.copyOf(live.keySet());
    }

    void idChanged(HttpSession session) {
        SessionTicket.of(session).ifPresent(ticket -> {
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
        SessionTicket.of(session).ifPresent(ticket -> {
            recordCheck.forget(ticket.hash());
            if (live.remove(ticket.hash()) != null && timedOut(session)) {
                expiry.expired(ticket.hash());
            }
        });
    }

    /**
     * A session this server does not hold yet, though it signed in: Payara restored it (after a
     * restart or a redeployment, or from the data grid of a group). It is held again if its record
     * is still active; one that ended meanwhile is refused.
     */
    private boolean readmitted(SessionIdHash hash, HttpSession session) {
        if (live.containsKey(hash)) {
            return true;
        }
        if (!registry.isActive(hash)) {
            return false;
        }
        live.put(hash, session);
        recordCheck.confirmed(hash, clock.instant());
        return true;
    }

    private boolean timedOut(HttpSession session) {
        long idleMillis = clock.millis() - session.getLastAccessedTime();
        return session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
    }

    /** An ended session this server holds is invalidated at once; once gone, nothing is left to refuse. */
    private void invalidateIfHeld(SessionIdHash hash) {
        HttpSession held = live.remove(hash);
        if (held != null) {
            invalidateQuietly(held);
            revoked.forget(hash);
        }
    }

    private void invalidate(SessionIdHash hash, HttpSession session) {
        live.remove(hash);
        recordCheck.forget(hash);
        invalidateQuietly(session);
        revoked.forget(hash);
    }

    static void invalidateQuietly(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // the container got there first: the session is gone either way
        }
    }
}
