package com.activesessions.application;

import com.activesessions.domain.model.Account;
import com.activesessions.domain.model.AccountRepository;
import com.activesessions.domain.model.ActivityEvent;
import com.activesessions.domain.model.ActivityLog;
import com.activesessions.domain.model.ActivityType;
import com.activesessions.domain.model.EndReason;
import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.domain.model.TrackedSession;
import com.activesessions.domain.model.TrackedSessionRepository;
import com.activesessions.infrastructure.device.UserAgentParser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The record of every signed-in session: it opens one at sign-in, follows its id, lists an
 * account's sessions and ends them. Each change is written with its activity event, in one
 * transaction.
 */
@Stateless
public class SessionRegistry {

    @Inject
    private AccountRepository accounts;

    @Inject
    private TrackedSessionRepository sessions;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private UserAgentParser userAgentParser;

    @Inject
    private PublicIds publicIds;

    @Inject
    private Clock clock;

    /** Opens the record of a session that has just signed in, and returns its public id. */
    public String signedIn(String email, SessionIdHash hash, String userAgent, String ipAddress) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account signed in as the given e-mail"));
        TrackedSession session = new TrackedSession(
                publicIds.next(), hash, account, userAgentParser.parse(userAgent), ipAddress, clock.instant());
        sessions.store(session);
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.SIGNED_IN,
                account,
                session.getPublicId(),
                ipAddress,
                session.getDevice().describe()));
        return session.getPublicId();
    }

    /** Records a refused sign-in, against the account whose e-mail was tried if there is one. */
    public void signInFailed(String email, String ipAddress) {
        Account account = email == null || email.isBlank()
                ? null
                : accounts.findByEmail(email).orElse(null);
        activityLog.append(
                new ActivityEvent(clock.instant(), ActivityType.SIGN_IN_FAILED, account, null, ipAddress, null));
    }

    /** The servlet container changed a session's id: the record follows it. */
    public void sessionIdChanged(SessionIdHash oldHash, SessionIdHash newHash) {
        sessions.findActiveByHash(oldHash).ifPresent(session -> session.rekey(newHash));
    }

    public List<TrackedSession> activeSessionsOf(String email) {
        return sessions.findActiveByAccount(Account.normalizeEmail(email));
    }

    /**
     * Ends one of the caller's own sessions: the one in use (a log out) or another (ended from
     * another device).
     *
     * @throws UnknownSessionException if the id names no active session of the caller's; the
     *     attempt is recorded
     */
    public EndedSession end(Caller caller, String publicId) throws UnknownSessionException {
        Optional<TrackedSession> found = publicId == null
                ? Optional.empty()
                : sessions.findByPublicId(publicId)
                        .filter(TrackedSession::isActive)
                        .filter(session ->
                                session.getAccount().getEmail().equals(Account.normalizeEmail(caller.email())));
        if (found.isEmpty()) {
            Account account = accounts.findByEmail(caller.email()).orElse(null);
            activityLog.append(new ActivityEvent(
                    clock.instant(),
                    ActivityType.SESSION_END_REFUSED,
                    account,
                    callersPublicId(caller),
                    caller.ipAddress(),
                    "Asked to end session " + publicId));
            throw new UnknownSessionException();
        }
        TrackedSession session = found.get();
        return session.hasHash(caller.session())
                ? end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null)
                : end(
                        session,
                        EndReason.ENDED_FROM_ANOTHER_DEVICE,
                        ActivityType.SESSION_ENDED_FROM_ANOTHER_DEVICE,
                        caller.ipAddress(),
                        "Ended from session " + callersPublicId(caller));
    }

    /** The caller logs out of the session in use. */
    public Optional<EndedSession> signOut(Caller caller) {
        return sessions.findActiveByHash(caller.session())
                .map(session -> end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null));
    }

    /** The servlet container let a session time out. */
    public Optional<EndedSession> expired(SessionIdHash hash) {
        return sessions.findActiveByHash(hash)
                .map(session -> end(session, EndReason.EXPIRED_IDLE, ActivityType.SESSION_EXPIRED, null, null));
    }

    private EndedSession end(
            TrackedSession session, EndReason reason, ActivityType type, String ipAddress, String details) {
        SessionIdHash hash = session.end(reason, clock.instant());
        activityLog.append(new ActivityEvent(
                clock.instant(), type, session.getAccount(), session.getPublicId(), ipAddress, details));
        return new EndedSession(session.getPublicId(), hash, reason);
    }

    private String callersPublicId(Caller caller) {
        return sessions.findActiveByHash(caller.session())
                .map(TrackedSession::getPublicId)
                .orElse(null);
    }
}
