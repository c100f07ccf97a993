package com.activesessions.sessions.application;

import com.activesessions.access.application.AccessControl;
import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.Caller;
import com.activesessions.access.application.CallerSessions;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.mfa.application.WrongCodeException;
import com.activesessions.sessions.domain.DeviceKind;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.TrackedSession;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.signin.application.Reauthentication;
import com.activesessions.signin.application.TooManyFailuresException;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A person logs their own sessions out: the one in use, another one (from another device), all
 * the others after confirming who they are, or all of them from a script with an API token. Pages
 * and the API call the same methods; each end goes through {@link SessionEnder}.
 */
@Stateless
public class SessionLogout {

    private TrackedSessionRepository sessions;
    private AccountRepository accounts;
    private SessionEnder ender;
    private AccessControl accessControl;
    private Reauthentication reauthentication;
    private CallerSessions callerSessions;
    private ActivityLog activityLog;
    private Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public SessionLogout() {}

    @Inject
    public SessionLogout(
            TrackedSessionRepository sessions,
            AccountRepository accounts,
            SessionEnder ender,
            AccessControl accessControl,
            Reauthentication reauthentication,
            CallerSessions callerSessions,
            ActivityLog activityLog,
            Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.ender = ender;
        this.accessControl = accessControl;
        this.reauthentication = reauthentication;
        this.callerSessions = callerSessions;
        this.activityLog = activityLog;
        this.clock = clock;
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
        Optional<TrackedSession> found = publicId == null
                ? Optional.empty()
                : sessions.findByPublicId(publicId)
                        .filter(session -> isOwnedBy(session, caller))
                        .filter(TrackedSession::isActive);
        if (found.isEmpty()) {
            refused(caller, "Asked to end session " + publicId);
            throw new UnknownSessionException();
        }
        TrackedSession session = found.get();
        return session.hasHash(caller.session())
                ? ender.end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null)
                : endedFromAnotherDevice(session, caller, endedBy(caller));
    }

    /**
     * Ends every active session of the caller's on the device of the named one ({@link DeviceKind}: the same browser,
     * operating system and device class), but the one in use: "Log out this device", or on the caller's own device
     * "Log out other sessions on this device". The device is read again now, so a session of it that signed in after
     * the page was shown ends too. Each end is the one a single Log Out makes from another device.
     *
     * @param publicId any session of the device, active or ended, of the caller's
     * @throws UnknownSessionException if the id names no session of the caller's, or its device has no active session
     *     but the caller's own; the attempt is recorded
     * @throws AccessDeniedException if the caller's role may not end its own sessions
     */
    public List<EndedSession> endDevice(Caller caller, String publicId) throws UnknownSessionException {
        accessControl.require(caller, Permission.SESSIONS_END_OWN);
        Optional<TrackedSession> named = publicId == null
                ? Optional.empty()
                : sessions.findByPublicId(publicId).filter(session -> isOwnedBy(session, caller));
        List<TrackedSession> toEnd =
                named.map(session -> activeOnTheDeviceOf(session, caller)).orElse(List.of());
        if (toEnd.isEmpty()) {
            refused(caller, "Asked to end the device of session " + publicId);
            throw new UnknownSessionException();
        }
        String details = endedBy(caller);
        return toEnd.stream()
                .map(session -> endedFromAnotherDevice(session, caller, details))
                .toList();
    }

    /** The named session if active, and every other active one on its device; never the caller's own. */
    private List<TrackedSession> activeOnTheDeviceOf(TrackedSession named, Caller caller) {
        Optional<DeviceKind> device = named.getDevice().kind();
        return sessions.findActiveByAccount(Account.normalizeEmail(caller.email())).stream()
                .filter(session -> session.getPublicId().equals(named.getPublicId())
                        || device.isPresent()
                                && device.equals(session.getDevice().kind()))
                .filter(session -> !session.hasHash(caller.session()))
                .toList();
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
            refused(caller, "Wrong password to log out all other sessions");
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

    /** The caller logs out of the session in use. */
    public Optional<EndedSession> signOut(Caller caller) {
        return sessions.findActiveByHash(caller.session())
                .map(session ->
                        ender.end(session, EndReason.LOGGED_OUT, ActivityType.SIGNED_OUT, caller.ipAddress(), null));
    }

    private List<EndedSession> endEveryOtherSession(Caller caller) {
        String details = endedBy(caller);
        return sessions.findActiveByAccount(Account.normalizeEmail(caller.email())).stream()
                .filter(session -> !session.hasHash(caller.session()))
                .map(session -> endedFromAnotherDevice(session, caller, details))
                .toList();
    }

    private EndedSession endedFromAnotherDevice(TrackedSession session, Caller caller, String details) {
        return ender.end(
                session,
                EndReason.ENDED_FROM_ANOTHER_DEVICE,
                ActivityType.SESSION_ENDED_FROM_ANOTHER_DEVICE,
                caller.ipAddress(),
                details);
    }

    private boolean isOwnedBy(TrackedSession session, Caller caller) {
        return session.getAccount().getEmail().equals(Account.normalizeEmail(caller.email()));
    }

    private String endedBy(Caller caller) {
        return caller.hasToken()
                ? "Ended with API token " + caller.token()
                : "Ended from session " + callerSessions.publicIdOf(caller);
    }

    private void refused(Caller caller, String details) {
        activityLog.append(new ActivityEvent(
                clock.instant(),
                ActivityType.SESSION_END_REFUSED,
                accounts.findByEmail(caller.email()).orElse(null),
                callerSessions.publicIdOf(caller),
                caller.ipAddress(),
                details));
    }
}
