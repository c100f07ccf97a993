package com.activesessions.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.UserAgents;
import com.activesessions.it.http.ConsoleClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A session's end caught halfway by the database's stop. The end writes two rows in one
 * transaction: its record closes (an UPDATE) and its event is logged (an INSERT). Here the test's
 * own connection holds a lock that one of the two needs, the record's row or the activity log, so
 * the end waits inside PostgreSQL, and PostgreSQL is stopped under it ({@code pg_ctl stop -m
 * fast}), which aborts every open transaction. Afterwards the database holds the end whole or not
 * at all (a 204 says whole; a 503 may leave either, as PostgreSQL can commit and stop before it
 * says so), the accesses the stopped end had taken from memory are written by the next flush, an
 * end committed unbeknown to the server refuses the session within the record check's bound, and
 * an end tried again ends the session once.
 *
 * <p>EclipseLink chooses the order of the two writes, so each case runs a few times; a line per
 * try tells which write waited and whether the other had already been sent.
 */
class EndingAsTheDatabaseStopsIT {

    private static final int TRIES = 3;

    /** How stale a server's knowledge of a session may be: {@code activesessions.tracking.recheck-after-seconds}. */
    private static final Duration RECHECK_BOUND = Duration.ofSeconds(5);

    /**
     * What the test's connection holds, and the end's statement that waits for it (told apart by
     * its text from the last-access flush, which updates the same row).
     */
    private enum Hold {
        RECORD(
                "the record's row",
                "SELECT 1 FROM tracked_session WHERE public_id = ? FOR UPDATE",
                "its UPDATE",
                "UPDATE TRACKED_SESSION SET %END_REASON%",
                "activity_event"),
        ACTIVITY_LOG(
                "the activity log",
                "LOCK TABLE activity_event IN SHARE MODE",
                "its INSERT",
                "INSERT INTO ACTIVITY_EVENT %",
                "tracked_session");

        final String name;
        final String lock;
        final String waiter;
        final String waiting;
        final String otherTable;

        Hold(String name, String lock, String waiter, String waiting, String otherTable) {
            this.name = name;
            this.lock = lock;
            this.waiter = waiter;
            this.waiting = waiting;
            this.otherTable = otherTable;
        }
    }

    @AfterAll
    static void theDatabaseRunsAgain() {
        ResilienceServer.ensureDatabaseRuns();
    }

    @RepeatedTest(TRIES)
    void aSessionEndedAsTheDatabaseStopsLeavesNoEventBehind(RepetitionInfo repetition) throws Exception {
        Try end = endWhileTheTestHolds(Hold.RECORD, repetition);

        end.assertWholeOrNothing();
        end.assertTheAccessesItTookAreWrittenByTheNextFlush();
        end.assertAnEndCommittedUnbeknownRefusesThePhone();
        end.assertEndingAgainEndsItOnce();
    }

    @RepeatedTest(TRIES)
    void aSessionEndedAsTheDatabaseStopsLeavesNoEndWithoutItsEvent(RepetitionInfo repetition) throws Exception {
        Try end = endWhileTheTestHolds(Hold.ACTIVITY_LOG, repetition);

        end.assertWholeOrNothing();
        end.assertTheAccessesItTookAreWrittenByTheNextFlush();
        end.assertAnEndCommittedUnbeknownRefusesThePhone();
        end.assertEndingAgainEndsItOnce();
    }

    // ---------------------------------------------------------------------------------- helpers

    /**
     * One try: alice's laptop ends her phone's session while the test's connection holds the lock,
     * the database is stopped once the end waits for it, and started again; a line says what it did.
     */
    private static Try endWhileTheTestHolds(Hold hold, RepetitionInfo repetition) throws Exception {
        ResilienceServer.ensureDatabaseRuns();
        ResilienceServer.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        ConsoleClient laptop = new ConsoleClient(UserAgents.FIREFOX);
        ConsoleClient phone = new ConsoleClient(UserAgents.IPHONE);
        assertEquals(
                302, laptop.signIn("alice@example.com", "alice-demo-password").statusCode());
        assertEquals(
                302, phone.signIn("alice@example.com", "alice-demo-password").statusCode());
        Instant phoneLastUsed = Instant.now();
        String ending = phone.currentSessionId(); // its last request, noted in memory until a flush
        laptop.sessions(); // the CSRF token, before the lock

        Connection holder = ResilienceServer.database();
        holder.setAutoCommit(false);
        try (PreparedStatement locking = holder.prepareStatement(hold.lock)) {
            if (hold.lock.contains("?")) {
                locking.setString(1, ending);
            }
            locking.execute();
        }
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> laptop.end(ending));
        String alreadySent = alreadySent(hold, awaitWaiting(hold.waiting), ending);
        ResilienceServer.stopDatabase();
        closeQuietly(holder);
        int status = answer.get(2, TimeUnit.MINUTES).statusCode();
        ResilienceServer.startDatabase();
        Try end = new Try(hold, alreadySent, status, laptop, phone, ending, phoneLastUsed);
        end.report(repetition);
        return end;
    }

    /** @return the process id of the database connection whose statement waits for the test's lock */
    private static String awaitWaiting(String statement) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<List<String>> waiting = ResilienceServer.rows(
                    "SELECT pid::text FROM pg_stat_activity WHERE datname = 'activesessions'"
                            + " AND wait_event_type = 'Lock' AND query LIKE ?",
                    statement);
            if (!waiting.isEmpty()) {
                return waiting.get(0).get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The end never waited for the test's lock with " + statement);
    }

    /** Where the end's other write was when it began to wait: what the stop must undo or keep. */
    private static String alreadySent(Hold hold, String pid, String publicId) throws SQLException {
        long inItsTransaction = ResilienceServer.count(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = ?::int"
                        + " AND c.relname = ? AND l.mode = 'RowExclusiveLock' AND l.granted",
                pid,
                hold.otherTable);
        if (inItsTransaction > 0) {
            return "already sent in the same transaction";
        }
        boolean committed = hold == Hold.RECORD ? endEvents(publicId) > 0 : "ENDED".equals(statusOf(publicId));
        return committed ? "already committed on its own" : "not sent yet";
    }

    private static long endEvents(String publicId) throws SQLException {
        return ResilienceServer.count(
                "SELECT count(*) FROM activity_event WHERE session_public_id = ? AND type IN "
                        + DatabaseConsistency.END_EVENTS,
                publicId);
    }

    private static String statusOf(String publicId) throws SQLException {
        return ResilienceServer.rows("SELECT status FROM tracked_session WHERE public_id = ?", publicId)
                .get(0)
                .get(0);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException endedByTheStop) {
            // the stop closed it
        }
    }

    /** What one try did, and what the database held after it. */
    private record Try(
            Hold hold,
            String otherWrite,
            int answer,
            ConsoleClient laptop,
            ConsoleClient phone,
            String session,
            Instant lastUsed) {

        void report(RepetitionInfo repetition) throws SQLException {
            System.out.printf(
                    "Ending as the database stops, %s held, try %d of %d: %s waited, the other write %s;"
                            + " answered %d; the database then held %s with %d end events%n",
                    hold.name,
                    repetition.getCurrentRepetition(),
                    repetition.getTotalRepetitions(),
                    hold.waiter,
                    otherWrite,
                    answer,
                    statusOf(session),
                    endEvents(session));
        }

        /**
         * Ended with its one event, or untouched: never half. A 204 says it ended. A 503 says the
         * server saw the end fail, which is not always so: PostgreSQL can commit a transaction and
         * be stopped before it acknowledges the commit (the driver then reads "terminating
         * connection due to administrator command" in answer to COMMIT), an outcome no answer can
         * tell. So a 503 leaves either, and the retry below settles it.
         */
        void assertWholeOrNothing() throws SQLException {
            String held = held();
            if (answer == 204) {
                assertEquals("ENDED with 1 end events", held, "answered 204");
            } else {
                assertEquals(503, answer, "the answer to an end the database stopped under");
                assertTrue(
                        held.equals("ACTIVE with 0 end events") || held.equals("ENDED with 1 end events"),
                        "answered 503, the database then held " + held);
            }
        }

        /**
         * An end the database committed while the server saw it fail was not revoked in memory; the
         * record check reads the record again within its bound and refuses the phone's next request.
         */
        void assertAnEndCommittedUnbeknownRefusesThePhone() throws Exception {
            if (answer == 204 || !committedUnbeknown()) {
                return;
            }
            ResilienceServer.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
            Instant deadline = Instant.now().plus(RECHECK_BOUND.multipliedBy(3));
            int status = phone.get("/api/v1/sessions").statusCode();
            while (status != 401 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                status = phone.get("/api/v1/sessions").statusCode();
            }

            assertEquals(401, status, "the phone's session, ended in the database, is refused");
        }

        /**
         * The accesses the stopped end had taken from memory went back: the next flush writes
         * them. Waited for before the end is tried again: an end that overtakes a flush in flight
         * (drained, not yet written) closes the record, and the flush then finds no active
         * session by that id and drops what it drained, a race of its own, left as it is.
         */
        void assertTheAccessesItTookAreWrittenByTheNextFlush() throws Exception {
            if (answer == 204) {
                return;
            }
            Instant deadline = Instant.now().plus(ResilienceServer.FLUSH_INTERVAL.multipliedBy(3));
            while (lastAccess().isBefore(lastUsed) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }

            assertFalse(
                    lastAccess().isBefore(lastUsed),
                    "the accesses the stopped end took were lost: " + lastAccess()
                            + " is before the session's last request at " + lastUsed);
        }

        /**
         * The retry settles an end the answer left in doubt: it ends a session the stop kept (204),
         * finds none left to end if the database had committed it (404), and either way the
         * session has ended once, with one event.
         */
        void assertEndingAgainEndsItOnce() throws Exception {
            ResilienceServer.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
            if (answer != 204) {
                assertEquals(
                        committedUnbeknown() ? 404 : 204, laptop.end(session).statusCode());
            }

            assertEquals("ENDED", statusOf(session));
            assertEquals(1, endEvents(session));
            assertFalse(lastAccess().isBefore(lastUsed), "its last access kept");
        }

        private boolean committedUnbeknown() throws SQLException {
            return answer != 204 && "ENDED".equals(statusOf(session));
        }

        private String held() throws SQLException {
            return statusOf(session) + " with " + endEvents(session) + " end events";
        }

        private Instant lastAccess() throws SQLException {
            return Timestamp.valueOf(ResilienceServer.rows(
                                    "SELECT last_access_at FROM tracked_session WHERE public_id = ?", session)
                            .get(0)
                            .get(0))
                    .toInstant();
        }
    }
}
