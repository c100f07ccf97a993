package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionActivationListener;
import jakarta.servlet.http.HttpSessionEvent;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed-in {@code HttpSession} carries for its tracking: the hash of its id, the end of
 * its lifetime, and the browser and address it signed in with, so that every request can be
 * checked in memory. It is all the tracking keeps in the session, so it is small and serialisable:
 * Payara writes it out with the session at a stop or redeployment, or to the data grid.
 */
final class SessionTicket implements Serializable, HttpSessionActivationListener {

    private static final long serialVersionUID = 1L;
    private static final int USER_AGENT_KEPT = 2048;

    private SessionIdHash hash;
    private final Instant lifetimeEndsAt;
    private final String userAgent;
    private final String ipAddress;
    private boolean signalled;
    private String updatedUserAgent;

    /** The ticket of a signed-in, tracked session; empty for any other, or one already invalidated. */
    static Optional<SessionTicket> of(HttpSession session) {
        try {
            return Optional.ofNullable((SessionTicket) session.getAttribute(SessionTracker.TICKET_ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    SessionTicket(SessionIdHash hash, Instant lifetimeEndsAt, String userAgent, String ipAddress) {
        this.hash = Objects.requireNonNull(hash, "A ticket needs the session's hash");
        this.lifetimeEndsAt = Objects.requireNonNull(lifetimeEndsAt, "A ticket needs the end of the lifetime");
        this.userAgent = cut(userAgent);
        this.ipAddress = ipAddress;
    }

    SessionIdHash hash() {
        return hash;
    }

    void rekey(SessionIdHash newHash) {
        hash = newHash;
    }

    boolean outlived(Instant now) {
        return !now.isBefore(lifetimeEndsAt);
    }

    /**
     * Whether a request's User-Agent is the one the session signed in with, or the one its browser
     * was last found updated to: a string comparison, no parsing.
     */
    boolean sameBrowser(String requestUserAgent) {
        String seen = cut(requestUserAgent);
        return userAgent.equals(seen) || seen.equals(updatedUserAgent);
    }

    /** The User-Agent the session signed in with. */
    String userAgent() {
        return userAgent;
    }

    /** The session's browser was found to be the same with this User-Agent: an update of it. */
    void updatedTo(String requestUserAgent) {
        updatedUserAgent = cut(requestUserAgent);
    }

    private static String cut(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        return userAgent.length() <= USER_AGENT_KEPT ? userAgent : userAgent.substring(0, USER_AGENT_KEPT);
    }

    String ipAddress() {
        return ipAddress;
    }

    /** Whether a hijack signal was raised already: the record is flagged once. */
    boolean signalled() {
        return signalled;
    }

    void signal() {
        signalled = true;
    }

    /**
     * Payara restored the session: after a stop or a redeployment, or from the data grid on
     * another instance. Its hash waits for the restart sweep; the tracker admits it again at its
     * first request if its record is still active.
     */
    @Override
    public void sessionDidActivate(HttpSessionEvent event) {
        RestoredSessions.of(event.getSession().getServletContext()).add(hash);
    }
}
