package com.activesessions.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.UserAgents;
import com.activesessions.it.http.ConsoleClient;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database stopped (pg_ctl stop) under the running server, while people sign in and out, and
 * started again. In order: the outage as people see it, the return, then what it left in the
 * database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    /** What an error answer must never show: the exception, the SQL, where the database is. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|SELECT |UPDATE |INSERT |jdbc|postgres|EclipseLink|127\\.0\\.0\\.1:\\d+|at com\\.",
            Pattern.CASE_INSENSITIVE);

    private static final ExecutorService CHURN = Executors.newFixedThreadPool(4);
    private static final AtomicBoolean churning = new AtomicBoolean(true);
    private static final Map<Integer, AtomicInteger> churnAnswers = new ConcurrentHashMap<>();
    private static final List<String> leaks = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static ConsoleClient alice;
    private static ConsoleClient bob;
    private static Instant aliceLastRequestBeforeTheOutage;

    @BeforeAll
    static void peopleAreSignedInAndSigningInAndOut() throws InterruptedException {
        alice = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302, alice.signIn("alice@example.com", "alice-demo-password").statusCode());
        alice.sessions();
        for (int i = 0; i < 4; i++) {
            CHURN.submit(DatabaseOutageIT::signInListAndLogOutUntilStopped);
        }
        Thread.sleep(3000);
        aliceLastRequestBeforeTheOutage = Instant.now();
        assertEquals(200, alice.get("/api/v1/sessions").statusCode());
        ResilienceServer.stopDatabase();
    }

    /** Someone signing in, looking at their sessions and logging out, over and over, through the outage. */
    private static void signInListAndLogOutUntilStopped() {
        while (churning.get()) {
            try {
                ConsoleClient client = new ConsoleClient(UserAgents.IPHONE);
                tally(client.signIn("admin@example.com", "admin-demo-password"));
                HttpResponse<String> listed = tally(client.get("/api/v1/sessions"));
                if (listed.statusCode() == 200) {
                    tally(client.end(client.currentSessionId()));
                }
            } catch (AssertionError | RuntimeException e) {
                // a page without its form while the database is away: the answers were tallied
                Thread.onSpinWait();
            }
        }
    }

    private static HttpResponse<String> tally(HttpResponse<String> response) {
        churnAnswers
                .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                .incrementAndGet();
        if (response.statusCode() >= 500 && INTERNALS.matcher(response.body()).find()) {
            leaks.add(response.statusCode() + " " + response.uri() + ": " + response.body());
        }
        return response;
    }

    @AfterAll
    static void theDatabaseRunsAgain() throws InterruptedException {
        churning.set(false);
        CHURN.shutdown();
        CHURN.awaitTermination(2, TimeUnit.MINUTES);
        ResilienceServer.ensureDatabaseRuns();
    }

    @Test
    @Order(1)
    void whileTheDatabaseIsStoppedReadinessIsDown() {
        HttpResponse<String> ready = new ConsoleClient("kube-probe/1.30").get("/health/ready");

        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"DOWN\""), ready.body());
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsStoppedSignInFailsClosedWithAClearPage() {
        bob = new ConsoleClient(UserAgents.IPHONE);

        HttpResponse<String> signIn = bob.signIn("bob@example.com", "bob-demo-password");

        assertEquals(503, signIn.statusCode(), signIn.body());
        assertTrue(signIn.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(signIn.body().contains("cannot reach its database"), signIn.body());
        assertFalse(INTERNALS.matcher(signIn.body()).find(), signIn.body());
        assertTrue(signIn.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    @Order(3)
    void whileTheDatabaseIsStoppedPagesSayItClearlyAndTheApiAnswersProblem503() {
        HttpResponse<String> page = alice.get("/activesession");
        HttpResponse<String> api = alice.get("/api/v1/sessions");

        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("cannot reach its database"), page.body());
        assertFalse(INTERNALS.matcher(page.body()).find(), page.body());
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(503, ConsoleClient.jsonObject(api).getInt("status"));
        assertFalse(INTERNALS.matcher(api.body()).find(), api.body());
    }

    @Test
    @Order(4)
    void whenTheDatabaseReturnsServiceResumesByItself() throws InterruptedException {
        Thread.sleep(2 * ResilienceServer.FLUSH_INTERVAL.toMillis()); // flushes fail meanwhile
        Instant started = Instant.now();
        ResilienceServer.startDatabase();
        ResilienceServer.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        System.out.printf(
                "Database outage: ready again %d ms after PostgreSQL was started%n",
                Duration.between(started, Instant.now()).toMillis());

        assertEquals(200, alice.get("/api/v1/sessions").statusCode(), "alice's session lived through it");
        assertEquals(401, bob.get("/api/v1/sessions").statusCode(), "the sign-in in the outage signed nobody in");
        assertEquals(302, bob.signIn("bob@example.com", "bob-demo-password").statusCode());
        for (int i = 0; i < 10; i++) {
            assertEquals(200, alice.get("/activesession").statusCode(), "no connection the pool kept is stale");
            assertEquals(200, bob.get("/api/v1/sessions").statusCode());
        }
    }

    @Test
    @Order(5)
    void anOutageLosesNoLastAccessTime() throws Exception {
        // alice's last request before the stop was noted in memory; the flush due after it failed
        // (unless it ran in the moment before the stop), and a later one writes it
        Thread.sleep(2 * ResilienceServer.FLUSH_INTERVAL.toMillis() + 1000);
        Timestamp written = Timestamp.valueOf(ResilienceServer.rows(
                        "SELECT max(last_access_at) FROM tracked_session s JOIN account a ON a.id = s.account_id"
                                + " WHERE a.email = 'alice@example.com' AND s.status = 'ACTIVE'")
                .get(0)
                .get(0));

        assertFalse(
                written.toInstant().isBefore(aliceLastRequestBeforeTheOutage),
                written + " is before " + aliceLastRequestBeforeTheOutage);
    }

    @Test
    @Order(6)
    void anOutageLeavesNoSessionWithoutItsEventsAndNoEventWithoutItsSession() throws Exception {
        churning.set(false);
        CHURN.shutdown();
        assertTrue(CHURN.awaitTermination(2, TimeUnit.MINUTES));
        System.out.println("Database outage: answers to the people signing in and out meanwhile " + churnAnswers);

        assertEquals(List.of(), leaks, "no error answer shows internals");
        assertEquals(List.of(), DatabaseConsistency.violations());
    }
}
