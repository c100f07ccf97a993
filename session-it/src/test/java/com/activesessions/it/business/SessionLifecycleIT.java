package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.passwords.application.AccountSecurity;
import com.activesessions.passwords.domain.PasswordHashes;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.ExpirySweep;
import com.activesessions.sessions.application.HijackResponse;
import com.activesessions.sessions.application.HijackSignal;
import com.activesessions.sessions.application.RevokedSessions;
import com.activesessions.sessions.application.SessionCapReachedException;
import com.activesessions.sessions.application.SessionExpiry;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.application.SignIn;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.signin.application.Authenticator;
import com.activesessions.signin.application.WrongPasswordException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of a session's life, in the real Payara on the real database: caps, logging out
 * everywhere, password changes, disabled accounts, hijack signals, restarts and new devices.
 * Settings are changed through system properties, a MicroProfile Config source the test domain
 * reads without caching.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLifecycleIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final String PASSWORD = "correct horse battery staple";
    private static final List<String> SETTINGS = List.of(
            "activesessions.session.max-per-user", "activesessions.session.cap-policy", "activesessions.hijack.policy");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(SessionLifecycleIT.class);
    }

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionExpiry expiry;

    @Inject
    private HijackResponse hijackResponse;

    @Inject
    private SessionLogout logout;

    @Inject
    private ExpirySweep expirySweep;

    @Inject
    private AccountSecurity accountSecurity;

    @Inject
    private Authenticator authenticator;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ActivityLog activityLog;

    @Inject
    private RevokedSessions revoked;

    @Inject
    private PasswordHashes passwordHasher;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource database;

    @Resource
    private ManagedExecutorService executor;

    @AfterEach
    void restoreSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void atTheCapANewSignInIsRefusedAndRecorded() throws Exception {
        System.setProperty("activesessions.session.max-per-user", "2");
        System.setProperty("activesessions.session.cap-policy", "refuse-new");
        String email = newAccount();
        signIn(email, newSessionId());
        signIn(email, newSessionId());

        assertThrows(SessionCapReachedException.class, () -> signIn(email, newSessionId()));

        assertEquals(2, registry.activeSessionsOf(email).size());
        assertTrue(eventTypes(email).contains(ActivityType.SIGN_IN_REFUSED_CAP));
    }

    @Test
    void atTheCapTheOldestSessionMakesRoomForTheNewOne() throws Exception {
        System.setProperty("activesessions.session.max-per-user", "2");
        System.setProperty("activesessions.session.cap-policy", "end-oldest");
        String email = newAccount();
        SessionIdHash oldest = newSessionId();
        String oldestId = signIn(email, oldest).publicId();
        signIn(email, newSessionId());

        SignIn third = signIn(email, newSessionId());

        assertEquals(List.of(new EndedSession(oldestId, oldest, EndReason.REPLACED)), third.replaced());
        assertEquals(2, registry.activeSessionsOf(email).size());
        assertTrue(revoked.isRevoked(oldest), "the replaced session would still be let in");
    }

    @Test
    void loggingOutAllOtherSessionsNeedsThePasswordAndKeepsThisOne() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        String laptopId = signIn(email, laptop).publicId();
        signIn(email, newSessionId());
        signIn(email, newSessionId());
        Caller caller = new Caller(email, laptop, "192.0.2.20");

        assertThrows(WrongPasswordException.class, () -> logout.endOthers(caller, "guess".toCharArray(), null));
        assertEquals(3, registry.activeSessionsOf(email).size());

        List<EndedSession> ended = logout.endOthers(caller, PASSWORD.toCharArray(), null);

        assertEquals(2, ended.size());
        List<SessionSummary> left = registry.activeSessionsOf(email);
        assertEquals(1, left.size());
        assertEquals(laptopId, left.get(0).publicId());
        assertTrue(ended.stream().allMatch(e -> e.reason() == EndReason.ENDED_FROM_ANOTHER_DEVICE));
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionOfTheAccount() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        signIn(email, laptop);
        signIn(email, newSessionId());
        String replacement = "a brand new long password";

        List<EndedSession> ended = accountSecurity.changePassword(
                new Caller(email, laptop, "192.0.2.21"), PASSWORD.toCharArray(), replacement.toCharArray(), false);

        assertEquals(1, ended.size());
        assertEquals(EndReason.PASSWORD_CHANGED, ended.get(0).reason());
        assertEquals(1, registry.activeSessionsOf(email).size());
        assertTrue(authenticator.verify(email, PASSWORD.toCharArray()).isEmpty());
        assertTrue(authenticator.verify(email, replacement.toCharArray()).isPresent());
        assertTrue(eventTypes(email).contains(ActivityType.PASSWORD_CHANGED));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        signIn(email, laptop);
        signIn(email, newSessionId());

        assertThrows(
                WrongPasswordException.class,
                () -> accountSecurity.changePassword(
                        new Caller(email, laptop, "192.0.2.22"),
                        "guess".toCharArray(),
                        "another long password".toCharArray(),
                        false));

        assertEquals(2, registry.activeSessionsOf(email).size());
        assertTrue(authenticator.verify(email, PASSWORD.toCharArray()).isPresent());
    }

    @Test
    void disablingAnAccountEndsAllItsSessionsAndStopsItsSignIns() throws Exception {
        String email = newAccount();
        signIn(email, newSessionId());
        signIn(email, newSessionId());

        List<EndedSession> ended =
                accountSecurity.disable(new Caller("admin@example.com", newSessionId(), "192.0.2.1"), email);

        assertEquals(2, ended.size());
        assertTrue(ended.stream().allMatch(e -> e.reason() == EndReason.ACCOUNT_DISABLED));
        assertTrue(registry.activeSessionsOf(email).isEmpty());
        assertTrue(authenticator.verify(email, PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    void aHijackSignalFlagsTheSessionOnceAndRecordsIt() throws Exception {
        String email = newAccount();
        SessionIdHash session = newSessionId();
        signIn(email, session);

        HijackSignal moved = new HijackSignal(HijackSignal.Kind.ANOTHER_ADDRESS, "The address changed");
        assertTrue(
                hijackResponse.signalled(session, "203.0.113.9", IPHONE, moved).isEmpty());
        hijackResponse.signalled(session, "203.0.113.9", IPHONE, moved);

        SessionSummary flagged = registry.activeSessionsOf(email).get(0);
        assertTrue(flagged.flagged());
        assertEquals(
                1,
                eventTypes(email).stream()
                        .filter(ActivityType.HIJACK_SIGNAL::equals)
                        .count());
    }

    @Test
    void underTheStrictPolicyAHijackSignalEndsTheSession() throws Exception {
        System.setProperty("activesessions.hijack.policy", "end");
        String email = newAccount();
        SessionIdHash session = newSessionId();
        signIn(email, session);

        EndedSession ended = hijackResponse
                .signalled(
                        session,
                        "203.0.113.9",
                        IPHONE,
                        new HijackSignal(HijackSignal.Kind.ANOTHER_ADDRESS, "The address changed"))
                .orElseThrow();

        assertEquals(EndReason.HIJACK_SIGNAL, ended.reason());
        assertTrue(registry.activeSessionsOf(email).isEmpty());
        assertTrue(revoked.isRevoked(session));
    }

    @Test
    void sessionsThatDiedWithTheServerAreEndedAndThoseItKeptStay() throws Exception {
        String email = newAccount();
        SessionIdHash kept = newSessionId();
        SessionIdHash died = newSessionId();
        signIn(email, kept);
        String diedId = signIn(email, died).publicId();

        List<EndedSession> ended = expiry.endAllBut(Set.of(kept), Instant.now());

        assertTrue(ended.contains(new EndedSession(diedId, died, EndReason.SERVER_RESTART)));
        assertEquals(1, registry.activeSessionsOf(email).size());
        assertTrue(registry.isActive(kept));
        assertEquals(
                EndReason.SERVER_RESTART, registry.endedSessionsOf(email).get(0).endReason());
    }

    @Test
    void aSignInFromADeviceNeverSeenForTheAccountIsAnnounced() throws Exception {
        String email = newAccount();
        signIn(email, newSessionId(), FIREFOX);
        signIn(email, newSessionId(), FIREFOX);
        signIn(email, newSessionId(), IPHONE);

        assertEquals(
                2,
                eventTypes(email).stream()
                        .filter(ActivityType.NEW_DEVICE_SIGN_IN::equals)
                        .count());
    }

    @Test
    void theHistoryListsEndedSessionsNewestFirstWithWhyTheyEnded() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        signIn(email, laptop);
        String first = signIn(email, newSessionId()).publicId();
        String second = signIn(email, newSessionId()).publicId();
        Caller caller = new Caller(email, laptop, "192.0.2.23");
        logout.end(caller, first);
        logout.end(caller, second);

        List<SessionSummary> history = registry.endedSessionsOf(email);

        assertEquals(
                List.of(second, first),
                history.stream().map(SessionSummary::publicId).toList());
        assertEquals(EndReason.ENDED_FROM_ANOTHER_DEVICE, history.get(0).endReason());
    }

    @Test
    void twoExpirySweepsAtOnceEndARecordNoServerHoldsOnce() throws Exception {
        String email = newAccount();
        String publicId = signIn(email, newSessionId()).publicId();
        lastAccessedAt(publicId, Instant.now().minus(Duration.ofDays(1)));

        List<Future<List<EndedSession>>> sweeps = executor.invokeAll(
                List.of(() -> expirySweep.sweep(Duration.ZERO, 1), () -> expirySweep.sweep(Duration.ZERO, 1)));

        long endings = 0;
        for (Future<List<EndedSession>> sweep : sweeps) {
            endings += sweep.get().stream()
                    .filter(ended -> ended.publicId().equals(publicId))
                    .count();
        }
        assertEquals(1, endings);
        assertEquals(
                EndReason.EXPIRED_IDLE, registry.endedSessionsOf(email).get(0).endReason());
        assertEquals(
                1,
                eventTypes(email).stream()
                        .filter(ActivityType.SESSION_EXPIRED::equals)
                        .count());
    }

    @Test
    void theExpirySweepGoesBatchByBatchPastRecordsWithALongerIdleTimeOut() throws Exception {
        String email = newAccount();
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String publicId = signIn(email, newSessionId()).publicId();
            lastAccessedAt(publicId, Instant.now().minus(Duration.ofDays(1)));
            overdue.add(publicId);
        }
        // Idle for a day too, but signed in with a time-out of two days: read by the sweep, not ended.
        String patient = signIn(email, newSessionId()).publicId();
        lastAccessedAt(patient, Instant.now().minus(Duration.ofDays(1)));
        idleTimeOut(patient, Duration.ofDays(2));
        String recent = signIn(email, newSessionId()).publicId();

        List<String> ended = expirySweep.sweep(Duration.ZERO, 1).stream()
                .map(EndedSession::publicId)
                .toList();

        assertTrue(ended.containsAll(overdue), () -> "ended " + ended);
        assertFalse(ended.contains(patient));
        assertEquals(
                Set.of(patient, recent),
                registry.activeSessionsOf(email).stream()
                        .map(SessionSummary::publicId)
                        .collect(Collectors.toSet()));
        assertEquals(
                3,
                eventTypes(email).stream()
                        .filter(ActivityType.SESSION_EXPIRED::equals)
                        .count());
    }

    private void idleTimeOut(String publicId, Duration timeOut) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE TRACKED_SESSION SET IDLE_TIMEOUT_SECONDS = ? WHERE PUBLIC_ID = ?")) {
            update.setLong(1, timeOut.toSeconds());
            update.setString(2, publicId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private void lastAccessedAt(String publicId, Instant at) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE TRACKED_SESSION SET LAST_ACCESS_AT = ? WHERE PUBLIC_ID = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, publicId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private SignIn signIn(String email, SessionIdHash session) throws Exception {
        return signIn(email, session, FIREFOX);
    }

    private SignIn signIn(String email, SessionIdHash session, String userAgent) throws Exception {
        return registry.signedIn(email, session, userAgent, "192.0.2.30");
    }

    private List<ActivityType> eventTypes(String email) {
        return activityLog.newestOf(email, 100).stream()
                .map(ActivityEvent::getType)
                .toList();
    }

    private static SessionIdHash newSessionId() {
        return SessionIdHash.of(UUID.randomUUID().toString());
    }

    private String newAccount() throws Exception {
        String email = "life-" + UUID.randomUUID() + "@example.com";
        transaction.begin();
        accounts.store(new Account(
                email, "Lifecycle Test", passwordHasher.hash(PASSWORD.toCharArray()), Role.USER, Instant.now()));
        transaction.commit();
        return email;
    }
}
