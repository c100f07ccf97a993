package com.activesessions.sessions.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.places.domain.Locations;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionCap;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.sessions.domain.UserAgents;
import com.activesessions.shared.application.PublicIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record of every signed-in session: it opens one at sign-in (within the account's cap),
 * follows its id and lists an account's sessions. Each change is written with its
 * activity event, in one transaction.
 */
@Stateless
public class SessionRegistry {

    private static final int HISTORY_LENGTH = 50;

    private AccountRepository accounts;
    private TrackedSessionRepository sessions;
    private ActivityLog activityLog;
    private SessionEnder ender;
    private SessionPolicy policy;
    private UserAgents userAgentParser;
    private PublicIds publicIds;
    private AccessControl accessControl;
    private Clock clock;
    private Locations locations;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SessionRegistry() {}

    @Inject
    public SessionRegistry(
            AccountRepository accounts,
            TrackedSessionRepository sessions,
            ActivityLog activityLog,
            SessionEnder ender,
            SessionPolicy policy,
            UserAgents userAgentParser,
            PublicIds publicIds,
            AccessControl accessControl,
            Clock clock,
            Locations locations) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.activityLog = activityLog;
        this.ender = ender;
        this.policy = policy;
        this.userAgentParser = userAgentParser;
        this.publicIds = publicIds;
        this.accessControl = accessControl;
        this.clock = clock;
        this.locations = locations;
    }

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
        session.locatedAt(locations.of(ipAddress).orElse(null));
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
    public List<SessionSummary> activeSessionsOf(String email) {
        return SessionSummary.listOf(sessions.findActiveByAccount(Account.normalizeEmail(email)), null);
    }

    /** The account's most recently ended sessions, newest first. */
    public List<SessionSummary> endedSessionsOf(String email) {
        return SessionSummary.listOf(sessions.findEndedByAccount(Account.normalizeEmail(email), HISTORY_LENGTH), null);
    }

    /** One of the caller's sessions, active or ended; empty if the id names none of theirs. */
    public Optional<SessionSummary> sessionOf(Caller caller, String publicId) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return ownedSession(caller, publicId).map(session -> SessionSummary.of(session, caller.session()));
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
    public List<SessionSummary> activeSessionsOf(Caller caller) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return SessionSummary.listOf(
                sessions.findActiveByAccount(Account.normalizeEmail(caller.email())), caller.session());
    }

    /** The caller's own most recently ended sessions ({@code sessions.view.own}). */
    public List<SessionSummary> endedSessionsOf(Caller caller) {
        accessControl.require(caller, Permission.SESSIONS_VIEW_OWN);
        return endedSessionsOf(caller.email());
    }

    private boolean isOwnedBy(TrackedSession session, Caller caller) {
        return session.getAccount().getEmail().equals(Account.normalizeEmail(caller.email()));
    }

    private void record(ActivityType type, Account account, String publicId, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, account, publicId, ipAddress, details));
    }

    private void record(ActivityType type, TrackedSession session, Device seenWith, String ipAddress, String details) {
        activityLog.append(new ActivityEvent(clock.instant(), type, session, seenWith, ipAddress, details));
    }
}
