package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.accounts.domain.Role;
import com.activesessions.it.DatabaseScan;
import com.activesessions.it.Deployments;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.LastAccessBuffer;
import com.activesessions.sessions.application.LastAccessFlusher;
import com.activesessions.sessions.application.SessionLogout;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.application.UnknownSessionException;
import com.activesessions.sessions.domain.EndReason;
import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session registry in the real Payara, on the real database: what a sign-in stores, who may
 * end which session, and how last-access times reach the database.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRegistryIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(SessionRegistryIT.class, DatabaseScan.class);
    }

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionLogout logout;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LastAccessBuffer lastAccesses;

    @Inject
    private LastAccessFlusher flusher;

    @Inject
    private TrackedSessionRepository trackedSessions;

    @Inject
    private MetricRegistry metrics;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource database;

    @Test
    void aSignInIsStoredUnderTheHashOfItsSessionIdNeverTheIdItself() throws Exception {
        String email = newAccount();
        String rawId = "RAW-" + UUID.randomUUID();

        String publicId = signIn(email, SessionIdHash.of(rawId), FIREFOX, "192.0.2.10");

        assertEquals(
                List.of(SessionIdHash.of(rawId).hex()),
                column("SELECT SESSION_ID_HASH FROM TRACKED_SESSION WHERE PUBLIC_ID = ?", publicId));
        assertTrue(column(
                        "SELECT COUNT(*) FROM TRACKED_SESSION WHERE PUBLIC_ID = ? AND BROWSER = 'Firefox' "
                                + "AND OPERATING_SYSTEM = 'Ubuntu' AND DEVICE_CLASS = 'Desktop' AND IP_ADDRESS = '192.0.2.10'",
                        publicId)
                .contains("1"));
        assertFalse(databaseContains(rawId), "the raw session id was written to the database");
    }

    @Test
    void theRecordFollowsTheNewSessionIdAfterAnIdChange() throws Exception {
        String email = newAccount();
        SessionIdHash before = newSessionId();
        SessionIdHash after = newSessionId();
        String publicId = signIn(email, before, FIREFOX, "192.0.2.11");

        registry.sessionIdChanged(before, after);

        assertEquals(
                List.of(after.hex()),
                column("SELECT SESSION_ID_HASH FROM TRACKED_SESSION WHERE PUBLIC_ID = ?", publicId));
    }

    @Test
    void endingASessionFromAnotherDeviceKeepsItInTheHistoryWithWhyAndWhen() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        SessionIdHash phone = newSessionId();
        signIn(email, laptop, FIREFOX, "192.0.2.12");
        String phonesId = signIn(email, phone, FIREFOX, "198.51.100.7");

        EndedSession ended = logout.end(new Caller(email, laptop, "192.0.2.12"), phonesId);

        assertEquals(phone, ended.sessionIdHash());
        assertEquals(EndReason.ENDED_FROM_ANOTHER_DEVICE, ended.reason());
        assertEquals(1, registry.activeSessionsOf(email).size());
        assertEquals(
                List.of("ENDED", "ENDED_FROM_ANOTHER_DEVICE"),
                row(
                        "SELECT STATUS, END_REASON FROM TRACKED_SESSION WHERE PUBLIC_ID = ? AND ENDED_AT IS NOT NULL",
                        phonesId));
        assertEquals(
                List.of("SESSION_ENDED_FROM_ANOTHER_DEVICE"),
                column(
                        "SELECT TYPE FROM ACTIVITY_EVENT WHERE SESSION_PUBLIC_ID = ? AND TYPE <> 'SIGNED_IN'",
                        phonesId));
    }

    @Test
    void endingTheSessionInUseIsALogOut() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        String publicId = signIn(email, laptop, FIREFOX, "192.0.2.13");

        EndedSession ended = logout.end(new Caller(email, laptop, "192.0.2.13"), publicId);

        assertEquals(EndReason.LOGGED_OUT, ended.reason());
        assertTrue(registry.activeSessionsOf(email).isEmpty());
    }

    @Test
    void endingAnotherAccountsSessionIsRefusedAsIfItDidNotExistAndRecorded() throws Exception {
        String mallory = newAccount();
        String victim = newAccount();
        SessionIdHash mallorysSession = newSessionId();
        signIn(mallory, mallorysSession, FIREFOX, "203.0.113.66");
        String victimsId = signIn(victim, newSessionId(), FIREFOX, "192.0.2.14");
        Caller caller = new Caller(mallory, mallorysSession, "203.0.113.66");

        UnknownSessionException foreign =
                assertThrows(UnknownSessionException.class, () -> logout.end(caller, victimsId));
        UnknownSessionException unknown =
                assertThrows(UnknownSessionException.class, () -> logout.end(caller, "no-such-public-id"));

        assertEquals(unknown.getMessage(), foreign.getMessage());
        assertEquals(1, registry.activeSessionsOf(victim).size());
        assertEquals(
                List.of("2"),
                column(
                        "SELECT COUNT(*) FROM ACTIVITY_EVENT e JOIN ACCOUNT a ON e.ACCOUNT_ID = a.ID "
                                + "WHERE a.EMAIL = ? AND e.TYPE = 'SESSION_END_REFUSED' AND e.IP_ADDRESS = '203.0.113.66'",
                        mallory));
    }

    @Test
    void anEndedSessionCannotBeEndedTwice() throws Exception {
        String email = newAccount();
        SessionIdHash laptop = newSessionId();
        SessionIdHash phone = newSessionId();
        signIn(email, laptop, FIREFOX, "192.0.2.15");
        String phonesId = signIn(email, phone, FIREFOX, "192.0.2.15");
        Caller caller = new Caller(email, laptop, "192.0.2.15");
        logout.end(caller, phonesId);

        assertThrows(UnknownSessionException.class, () -> logout.end(caller, phonesId));
    }

    @Test
    void aFlushWritesTheLatestAccessOfEverySessionNotedSinceTheLastOne() throws Exception {
        String email = newAccount();
        List<SessionIdHash> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SessionIdHash hash = newSessionId();
            signIn(email, hash, FIREFOX, "192.0.2.16");
            sessions.add(hash);
        }
        Instant latest = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        for (int request = 0; request < 100; request++) {
            for (SessionIdHash session : sessions) {
                lastAccesses.note(session, latest.minusMillis(100 - request - 1));
            }
        }

        flusher.flush();

        assertEquals(0, lastAccesses.size());
        for (SessionIdHash session : sessions) {
            assertEquals(latest, lastAccessOf(session));
        }
    }

    @Test
    void aFlushWritesOneStatementASessionAndAnOlderAccessAddsItsRequestsWithoutMovingTheTimeBack() throws Exception {
        String email = newAccount();
        SessionIdHash ahead = newSessionId();
        SessionIdHash behind = newSessionId();
        signIn(email, ahead, FIREFOX, "192.0.2.17");
        signIn(email, behind, FIREFOX, "192.0.2.17");
        List<Long> aheadBefore = countsOf(ahead);
        List<Long> behindBefore = countsOf(behind);
        Instant later = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

        int first = touchAll(Map.of(ahead, new SessionAccess(later, 3, 1), behind, new SessionAccess(later, 2, 0)));
        // behind: another instance of a group had written a later access first
        int second = touchAll(Map.of(
                ahead, new SessionAccess(later.plusSeconds(1), 1, 1),
                behind, new SessionAccess(later.minusSeconds(30), 4, 2)));

        assertEquals(2, first, "a flush of two sessions whose time moves forward");
        assertEquals(3, second, "a second statement only for the session whose record was ahead");
        assertEquals(later.plusSeconds(1), lastAccessOf(ahead));
        assertEquals(later, lastAccessOf(behind), "an older access moved the time back");
        assertEquals(List.of(aheadBefore.get(0) + 4, aheadBefore.get(1) + 2), countsOf(ahead));
        assertEquals(List.of(behindBefore.get(0) + 6, behindBefore.get(1) + 2), countsOf(behind));
    }

    @Test
    void aFlushCountsInTheMetricsOnlyOnceItsTransactionCommits() throws Exception {
        SessionIdHash session = newSessionId();
        signIn(newAccount(), session, FIREFOX, "192.0.2.18");
        long counted = flushesCounted();
        lastAccesses.note(session, Instant.now());

        transaction.begin();
        flusher.flush();
        transaction.rollback();

        assertEquals(1, lastAccesses.size(), "the batch waits for the next flush");
        assertEquals(counted, flushesCounted(), "a flush that was rolled back was counted");
        flusher.flush();
        assertEquals(counted + 1, flushesCounted());
    }

    private long flushesCounted() {
        return metrics.getTimers((id, metric) -> id.getName().equals("activesessions.flush.duration")).values().stream()
                .mapToLong(Timer::getCount)
                .sum();
    }

    private int touchAll(Map<SessionIdHash, SessionAccess> accesses) throws Exception {
        transaction.begin();
        int statements = trackedSessions.touchAll(accesses);
        transaction.commit();
        return statements;
    }

    /** The session's request count and API call count, as the database holds them. */
    private List<Long> countsOf(SessionIdHash session) throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String count : List.of("REQUEST_COUNT", "API_CALL_COUNT")) {
            counts.add(Long.valueOf(
                    column("SELECT " + count + " FROM TRACKED_SESSION WHERE SESSION_ID_HASH = ?", session.hex())
                            .get(0)));
        }
        return counts;
    }

    private String signIn(String email, SessionIdHash session, String userAgent, String ipAddress) throws Exception {
        return registry.signedIn(email, session, userAgent, ipAddress).publicId();
    }

    private static SessionIdHash newSessionId() {
        return SessionIdHash.of(UUID.randomUUID().toString());
    }

    private String newAccount() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        transaction.begin();
        accounts.store(new Account(email, "Integration Test", "not-a-real-hash", Role.USER, Instant.now()));
        transaction.commit();
        return email;
    }

    private Instant lastAccessOf(SessionIdHash session) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT LAST_ACCESS_AT FROM TRACKED_SESSION WHERE SESSION_ID_HASH = ?")) {
            query.setString(1, session.hex());
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next());
                return result.getObject(1, Timestamp.class).toInstant();
            }
        }
    }

    private List<String> column(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    private List<String> row(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "no row for " + parameter);
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    values.add(result.getString(i));
                }
            }
        }
        return values;
    }

    /** Searches every text column of the application's tables for a value. */
    private boolean databaseContains(String value) throws SQLException {
        return DatabaseScan.anyCellContains(database, value, "TRACKED_SESSION", "ACTIVITY_EVENT", "ACCOUNT");
    }
}
