package com.activesessions.sessions.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.CallerSessions;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionCap;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.sessions.domain.UserAgents;
import com.activesessions.shared.application.PublicIds;
import com.activesessions.signin.application.Reauthentication;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The record of every signed-in session: it opens one at sign-in (within the account's cap),
 * follows its id, lists an account's sessions and ends them. Each change is written with its
 * activity event, in one transaction.
 */
@Stateless
public class SessionRegistry {

    private static final int HISTORY_LENGTH = 50;
    private static final String ENDED_BY_HIJACK_POLICY = "Ended by the hijack policy: %s";

    @Inject
    private AccountRepository accounts;

    @Inject
    private TrackedSessionRepository sessions;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private SessionEnder ender;

    @Inject
    private SessionPolicy policy;

    @Inject
    private UserAgents userAgentParser;

    @Inject
    private Reauthentication reauthentication;

    @Inject
    private PublicIds publicIds;

    @Inject
    private AccessControl accessControl;

    @Inject
    private CallerSessions callerSessions;

    @Inject
    private Clock clock;

    /**
     * Opens the record of a session that has just signed in. At the account's cap, either the
     * sign-in is refused or the oldest sessions are ended, as the policy says.
     *
     * @throws SessionCapReachedException if the cap is reached and the policy refuses new sessions
     */
    public SignIn signedIn(String email, SessionIdHash hash, String userAgent, String ipAddress)
            throws SessionCapReachedException {
        return signedIn(email, hash, userAgent, ipAddress, publicIds.next(), false);
    }

    /**
     * Opens the record of a session that has signed in, under a public id chosen beforehand: the
     * one its second sign-in step was recorded under.
     *
     * @param withMfa whether it signed in with a second factor
     * @throws SessionCapReachedException if the cap is reached and the policy refuses new sessions
     */
    public SignIn signedIn(
            String email, SessionIdHash hash, String userAgent, String ipAddress, String publicId, boolean withMfa)
            throws SessionCapReachedException {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("No account signed in as the given e-mail"));
        List<EndedSession> replaced = makeRoom(account, ipAddress);
        Device device = userAgentParser.parse(userAgent);
        boolean newDevice = !sessions.hasSignedInFrom(account.getEmail(), device);
        SessionLimits limits = account.getOrganisation()
                .map(organisation -> organisation.sessionLimits(policy.limits()))
                .orElseGet(policy::limits);
        TrackedSession session =
                new TrackedSession(publicId, hash, account, device, ipAddress, clock.instant(), limits);
        if (withMfa) {
            session.verifiedWithMfa();
        }
        sessions.store(session);
        record(ActivityType.SIGNED_IN, session, device, ipAddress, device.describe() + (withMfa ? "; with MFA" : ""));
        if (newDevice) {
            record(ActivityType.NEW_DEVICE_SIGN_IN, session, device, ipAddress, device.describe());
        }
        return new SignIn(session.getPublicId(), replaced, limits, session.getLifetimeEndsAt());
    }

    private List<EndedSession> makeRoom(Account account, String ipAddress) throws SessionCapReachedException {
        int cap = policy.maxSessionsPerUser();
        if (cap == 0) {
            return List.of();
        }
        SessionCap.Admission<TrackedSession> admission =
                new SessionCap(cap, policy.capPolicy()).admit(sessions.findActiveByAccount(account.getEmail()));
        if (admission.refused()) {
            record(ActivityType.SIGN_IN_REFUSED_CAP, account, null, ipAddress, "Cap of " + cap + " sessions");
            throw new SessionCapReachedException(cap);
        }
        List<EndedSession> replaced = new ArrayList<>();
        for (TrackedSession oldest : admission.toEnd()) {
            replaced.add(ender.end(
                    oldest,
                    EndReason.REPLACED,
                    ActivityType.SESSION_REPLACED,
                    ipAddress,
                    "Cap of " + cap + " sessions"));
        }
        return replaced;
    }

    /** Records a refused sign-in, against the account whose e-mail was tried if there is one. */
    public void signInFailed(String email, String ipAddress) {
        Account account = email == null || email.isBlank()
                ? null
                : accounts.findByEmail(email).orElse(null);
        record(ActivityType.SIGN_IN_FAILED, account, null, ipAddress, null);
    }

    /** The servlet container changed a session's id: the record follows it. */
    public void sessionIdChanged(SessionIdHash oldHash, SessionIdHash newHash) {
        sessions.findActiveByHash(oldHash).ifPresent(session -> session.rekey(newHash));
    }

    public boolean isActive(SessionIdHash hash) {
        return sessions.findActiveByHash(hash).isPresent();
    }

    /** The account's active sessions, newest first. */
    public List<TrackedSession> activeSessionsOf(String email) {
        return sessions.findActiveByAccount(Account.normalizeEmail(email));
    }

    /** The account's most recently ended sessions, newest first. */
    public List<TrackedSession> endedSessionsOf(String email) {
        return sessions.findEndedByAccount(Account.normalizeEmail(email), HISTORY_LENGTH);
    }

    /** One of the caller's sessions, active or ended; empty if the id names none of theirs. */
    public Optional<TrackedSession> sessionOf(Caller caller, String publicId) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return ownedSession(caller, publicId);
    }

    private Optional<TrackedSession> ownedSession(Caller caller, String publicId) {
        return publicId == null
                ? Optional.empty()
                : sessions.findByPublicId(publicId).filter(session -> isOwnedBy(session, caller));
    }

    /**
     * The caller's own active sessions, newest first ({@code sessions.view.own}).
     *
     * @throws AccessDeniedException if the caller's role may not see them
     */
    public List<TrackedSession> activeSessionsOf(Caller caller) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return activeSessionsOf(caller.email());
    }

    /** The caller's own most recently ended sessions ({@code sessions.view.own}). */
    public List<TrackedSession> endedSessionsOf(Caller caller) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return endedSessionsOf(caller.email());
    }

    /**
     * Ends one of the caller's own sessions: the one in use (a log out) or another (ended from
     * another device).
     *
     * @throws UnknownSessionException if the id names no active session of the caller's; the
     *     attempt is recorded
     * @throws AccessDeniedException if the caller's role may not end its own sessions
     */
    public EndedSession end(Caller caller, String publicId) throws UnknownSessionException {
        accessControl.require(caller, Permission.SESSIONS_END_OWN);
        Optional<TrackedSession> found = ownedSession(caller, publicId).filter(TrackedSession::isActive);
        if (found.isEmpty()) {
            record(
                    ActivityType.SESSION_END_REFUSED,
                    accounts.findByEmail(caller.email()).orElse(null),
                    callersPublicId(caller),
                    caller.ipAddress(),
                    "Asked to end session " + publicId);
            throw new UnknownSessionException();
        }
        TrackedSession session = found.get();
        return session.hasHash(caller.session())
                ? ender.end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null)
                : ender.end(
                        session,
                        EndReason.ENDED_FROM_ANOTHER_DEVICE,
                        ActivityType.SESSION_ENDED_FROM_ANOTHER_DEVICE,
                        caller.ipAddress(),
                        endedBy(caller));
    }

    /**
     * Ends every session of the caller's but the one in use, once the caller has typed their
     * password again and, if the account has MFA on, a code (step-up).
     *
     * @throws WrongPasswordException if the password is wrong; nothing is ended
     * @throws WrongCodeException if the account has MFA on and the code is missing or wrong
     * @throws TooManyFailuresException if the throttle refuses the caller now; nothing is checked
     */
    public List<EndedSession> endOthers(Caller caller, char[] password, String code)
            throws WrongPasswordException, WrongCodeException, TooManyFailuresException {
        accessControl.require(caller, Permission.SESSIONS_END_OWN);
        try {
            reauthentication.confirm(caller, password, code);
        } catch (WrongPasswordException e) {
            record(
                    ActivityType.SESSION_END_REFUSED,
                    accounts.findByEmail(caller.email()).orElse(null),
                    callersPublicId(caller),
                    caller.ipAddress(),
                    "Wrong password to log out all other sessions");
            throw e;
        }
        return endEveryOtherSession(caller);
    }

    /**
     * Ends every session of the account of a script calling with an API token that may end
     * sessions. The token is a credential of its own, made by the account, so no password is
     * asked; it has no session of its own to keep.
     */
    public List<EndedSession> endAllWithToken(Caller caller) {
        if (!caller.hasToken()) {
            throw new IllegalArgumentException("Only a caller with an API token ends sessions without a password");
        }
        accessControl.require(caller, Permission.SESSIONS_END_OWN);
        return endEveryOtherSession(caller);
    }

    private List<EndedSession> endEveryOtherSession(Caller caller) {
        String details = endedBy(caller);
        return sessions.findActiveByAccount(Account.normalizeEmail(caller.email())).stream()
                .filter(session -> !session.hasHash(caller.session()))
                .map(session -> ender.end(
                        session,
                        EndReason.ENDED_FROM_ANOTHER_DEVICE,
                        ActivityType.SESSION_ENDED_FROM_ANOTHER_DEVICE,
                        caller.ipAddress(),
                        details))
                .toList();
    }

    /** The caller logs out of the session in use. */
    public Optional<EndedSession> signOut(Caller caller) {
        return sessions.findActiveByHash(caller.session())
                .map(session ->
                        ender.end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null));
    }

    /** The servlet container let a session time out. */
    public Optional<EndedSession> expired(SessionIdHash hash) {
        return sessions.findActiveByHash(hash)
                .map(session -> ender.end(session, EndReason.EXPIRED_IDLE, ActivityType.SESSION_EXPIRED, null, null));
    }

    /** A session reached the end of its lifetime. */
    public Optional<EndedSession> outlived(SessionIdHash hash) {
        return sessions.findActiveByHash(hash)
                .map(session -> ender.end(
                        session, EndReason.EXPIRED_LIFETIME, ActivityType.SESSION_EXPIRED, null, "Lifetime reached"));
    }

    /**
     * A request of the session came with another browser or from another network. The session is
     * flagged (once), with the device the request came from, and, if the policy ends sessions for
     * this kind of signal, ended.
     *
     * @return the ended session, if it was ended
     */
    public Optional<EndedSession> hijackSignal(
            SessionIdHash hash, String ipAddress, String userAgent, HijackSignal signal) {
        Optional<TrackedSession> found = sessions.findActiveByHash(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TrackedSession session = found.get();
        if (session.flagHijackSignal(clock.instant())) {
            record(ActivityType.HIJACK_SIGNAL, session, userAgentParser.parse(userAgent), ipAddress, signal.details());
        }
        if (policy.hijackPolicy().ends(signal.kind())) {
            return Optional.of(ender.end(
                    session,
                    EndReason.HIJACK_SIGNAL,
                    ActivityType.HIJACK_SIGNAL,
                    ipAddress,
                    ENDED_BY_HIJACK_POLICY.formatted(signal.details())));
        }
        return Optional.empty();
    }

    /**
     * Ends the records of sessions that died with the server: every active one, signed in before
     * the list of live ones was taken, whose session this server does not hold. A session that
     * signs in while the sweep runs is not in the list, and must not be ended for it.
     *
     * @param live the hashes of the sessions this server holds
     * @param listedAt when {@code live} was taken
     * @return the sessions ended
     */
    public List<EndedSession> endAllBut(Set<SessionIdHash> live, Instant listedAt) {
        return sessions.findAllActive().stream()
                .filter(session -> session.getCreatedAt().isBefore(listedAt))
                .filter(session ->
                        session.sessionIdHash().filter(live::contains).isEmpty())
                .map(session ->
                        ender.end(session, EndReason.SERVER_RESTART, ActivityType.SESSION_ENDED_AT_RESTART, null, null))
                .toList();
    }

    /**
     * One batch of the expiry sweep: ends the records that should have ended by now (see {@link
     * TrackedSession#overdueEnd}), those of sessions that no server will present again. The database
     * hands over only the candidates, never every active session, and a batch at a time, each in its
     * own transaction: a backlog (every instance of a group down for an hour) is not one transaction
     * of all its records. Each is ended under a row lock, so the instances of a group may all sweep at
     * once and still end it once.
     *
     * @param shortestIdle the shortest idle time-out of the active sessions ({@link #shortestIdleTimeout})
     * @param afterId the key the batch starts after (0 for the first)
     * @return what the batch ended, and the key the next batch starts after (none after the last)
     */
    public OverdueBatch endOverdue(Duration grace, Duration shortestIdle, long afterId, int size) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(grace);
        List<TrackedSession> candidates =
                sessions.findOverdueCandidates(cutoff, cutoff.minus(shortestIdle), afterId, size);
        List<EndedSession> ended = new ArrayList<>();
        for (TrackedSession candidate : candidates) {
            if (candidate.overdueEnd(now, grace).isPresent()) {
                sessions.lockIfActive(candidate)
                        .flatMap(session -> session.overdueEnd(now, grace)
                                .map(reason -> ender.end(
                                        session,
                                        reason,
                                        ActivityType.SESSION_EXPIRED,
                                        null,
                                        "Ended by the expiry sweep")))
                        .ifPresent(ended::add);
            }
        }
        return new OverdueBatch(
                ended,
                candidates.size() < size
                        ? OptionalLong.empty()
                        : OptionalLong.of(candidates.get(candidates.size() - 1).getId()));
    }

    /**
     * The shortest idle time-out of the active sessions (each keeps the one it signed in with): a
     * session idle for less is not overdue, so the expiry sweep reads only those idle for longer.
     * None without an active session.
     */
    public Optional<Duration> shortestIdleTimeout() {
        OptionalLong seconds = sessions.shortestActiveIdleTimeoutSeconds();
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    /** What one batch of the expiry sweep ended, and the key after which the next one starts. */
    public record OverdueBatch(List<EndedSession> ended, OptionalLong nextAfter) {}

    private boolean isOwnedBy(TrackedSession session, Caller caller) {
        return session.getAccount().getEmail().equals(Account.normalizeEmail(caller.email()));
    }

    private String endedBy(Caller caller) {
        return caller.hasToken()
                ? "Ended with API token " + caller.token()
                : "Ended from session " + callersPublicId(caller);
    }

    private String callersPublicId(Caller caller) {
        return callerSessions.publicIdOf(caller);
    }

    private void record(ActivityType type, Account account, String publicId, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, account, publicId, ipAddress, details));
    }

    private void record(ActivityType type, TrackedSession session, Device seenWith, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, session, seenWith, ipAddress, details));
    }
}
