package com.activesessions.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.UserAgents;
import com.activesessions.it.http.ConsoleClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payara killed with SIGKILL while people use it, then started again: what was committed stays,
 * what lived only in the killed JVM (its sessions, the accesses not flushed yet) is accounted for.
 * One crash, made before the tests, which each check one thing a user relies on.
 */
class ServerCrashIT {

    /** How late a flush may run on a busy machine, beyond its interval (the timer's own delay). */
    private static final Duration FLUSH_SLACK = Duration.ofSeconds(2);

    private static final String EVENTS =
            "SELECT id, type, session_public_id, occurred_at, details, account_id FROM activity_event ORDER BY id";

    private static ConsoleClient laptop;
    private static ConsoleClient phone;
    private static ConsoleClient bob;
    private static String phoneSession;
    private static String bobSession;
    private static Set<String> liveWhenKilled;
    private static List<List<String>> eventsBeforeTheKill;
    private static final List<Instant> bobRequests = new ArrayList<>();
    private static Instant killedAt;

    @BeforeAll
    static void serverKilledWhilePeopleUseItAndStartedAgain() throws Exception {
        ResilienceServer.ensureDatabaseRuns();
        laptop = new ConsoleClient(UserAgents.FIREFOX);
        phone = new ConsoleClient(UserAgents.IPHONE);
        bob = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302, laptop.signIn("alice@example.com", "alice-demo-password").statusCode());
        assertEquals(
                302, phone.signIn("alice@example.com", "alice-demo-password").statusCode());
        assertEquals(302, bob.signIn("bob@example.com", "bob-demo-password").statusCode());
        phoneSession = phone.currentSessionId();
        Instant asked = Instant.now();
        bobSession = bob.currentSessionId();
        bobRequests.add(asked); // asking for his session id is one of his requests: the server counts it
        assertEquals(204, laptop.end(phoneSession).statusCode(), "the end returned before the kill");

        // bob works through a few flushes; the last of his requests are in memory only when the server dies
        Instant until = Instant.now()
                .plus(ResilienceServer.FLUSH_INTERVAL.multipliedBy(2).plusMillis(2500));
        while (Instant.now().isBefore(until)) {
            Instant sent = Instant.now();
            assertEquals(200, bob.get("/api/v1/sessions").statusCode());
            bobRequests.add(sent);
            Thread.sleep(200);
        }
        eventsBeforeTheKill = ResilienceServer.rows(EVENTS);
        liveWhenKilled = new HashSet<>(publicIds("SELECT public_id FROM tracked_session WHERE status = 'ACTIVE'"));
        killedAt = Instant.now();
        ResilienceServer.killServer();

        Duration start = ResilienceServer.startServer();
        Instant sweepDeadline = Instant.now().plusSeconds(120);
        while (stillActive(liveWhenKilled) > 0 && Instant.now().isBefore(sweepDeadline)) {
            Thread.sleep(1000);
        }
        System.out.printf(
                "Server crash: started again in %d ms; sessions of the killed server ended %d ms after the kill%n",
                start.toMillis(), Duration.between(killedAt, Instant.now()).toMillis());
    }

    @Test
    void noSessionOfTheKilledServerStaysActiveAfterTheRestart() throws Exception {
        assertEquals(0, stillActive(liveWhenKilled), "ghost sessions among " + liveWhenKilled);
        assertTrue(
                publicIds("SELECT public_id FROM tracked_session WHERE end_reason = 'SERVER_RESTART'")
                        .containsAll(liveWhenKilled),
                "each ended as \"Ended (server restart)\"");
        assertEquals(401, laptop.get("/api/v1/sessions").statusCode());
        assertEquals(401, bob.get("/api/v1/sessions").statusCode());

        ConsoleClient again = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302, again.signIn("alice@example.com", "alice-demo-password").statusCode());
        assertEquals(1, again.sessions().size(), "alice sees her one live session, no ghost");
    }

    @Test
    void anEndThatReturnedBeforeTheKillIsStillRecordedAndItsSessionStillRefused() throws Exception {
        assertEquals(
                List.of(List.of("ENDED", "ENDED_FROM_ANOTHER_DEVICE")),
                ResilienceServer.rows(
                        "SELECT status, end_reason FROM tracked_session WHERE public_id = ?", phoneSession));
        assertEquals(
                1,
                ResilienceServer.count(
                        "SELECT count(*) FROM activity_event WHERE session_public_id = ?"
                                + " AND type = 'SESSION_ENDED_FROM_ANOTHER_DEVICE'",
                        phoneSession));
        assertEquals(401, phone.get("/api/v1/sessions").statusCode());
    }

    @Test
    void theActivityLogKeepsEveryEventWrittenBeforeTheKill() throws Exception {
        List<List<String>> after = ResilienceServer.rows(EVENTS);
        List<List<String>> added = new ArrayList<>(after);
        added.removeAll(eventsBeforeTheKill);

        assertTrue(after.containsAll(eventsBeforeTheKill), "every event before the kill is there, unchanged");
        assertEquals(
                liveWhenKilled.size(),
                added.stream()
                        .filter(event -> event.get(1).equals("SESSION_ENDED_AT_RESTART"))
                        .count(),
                "one event per session ended by the restart: " + added);
    }

    @Test
    void aKilledServerLosesAtMostOneFlushIntervalOfLastAccessTimes() throws Exception {
        List<String> row = ResilienceServer.rows(
                        "SELECT last_access_at, request_count FROM tracked_session WHERE public_id = ?", bobSession)
                .get(0);
        Instant written = Timestamp.valueOf(row.get(0)).toInstant();
        long requestsWritten = Long.parseLong(row.get(1));
        Instant lastRequest = bobRequests.get(bobRequests.size() - 1);
        Duration lost = Duration.between(written, lastRequest);
        long requestsLost = bobRequests.size() - requestsWritten;
        Instant windowStart = killedAt.minus(ResilienceServer.FLUSH_INTERVAL).minus(FLUSH_SLACK);
        long requestsInTheLastInterval =
                bobRequests.stream().filter(windowStart::isBefore).count();
        System.out.printf(
                "Server crash: last-access time lost %d ms (flush interval %d ms); requests lost %d of %d,"
                        + " %d made in the last interval%n",
                lost.toMillis(),
                ResilienceServer.FLUSH_INTERVAL.toMillis(),
                requestsLost,
                bobRequests.size(),
                requestsInTheLastInterval);

        assertTrue(
                lost.compareTo(ResilienceServer.FLUSH_INTERVAL.plus(FLUSH_SLACK)) <= 0,
                "lost " + lost + " of last-access time");
        assertTrue(requestsLost >= 0, "never more requests written than made");
        assertTrue(requestsLost <= requestsInTheLastInterval, requestsLost + " requests lost");
    }

    @Test
    void aCrashLeavesNoSessionWithoutItsEventsAndNoEventWithoutItsSession() throws Exception {
        assertEquals(List.of(), DatabaseConsistency.violations());
    }

    private static long stillActive(Set<String> publicIds) throws Exception {
        return publicIds("SELECT public_id FROM tracked_session WHERE status = 'ACTIVE'").stream()
                .filter(publicIds::contains)
                .count();
    }

    private static List<String> publicIds(String sql) throws Exception {
        return ResilienceServer.rows(sql).stream().map(row -> row.get(0)).toList();
    }
}
