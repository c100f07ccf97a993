package com.activesessions.it.resilience;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.UserAgents;
import com.activesessions.it.http.ConsoleClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nobody is signed out by operations: three people signed in (Alice on a laptop and a phone, and
 * a new account signed in with a password and a TOTP code) keep their sessions through a restart of
 * the domain, a stop and a start, and the deployment of a changed EAR. After each, every cookie's
 * next request is served signed in, under the same public id, with its record as it was (device,
 * address, creation, idle time-out, end of lifetime, MFA), each person's Active Sessions list the
 * same rows, and no sign-in is recorded. A crash
 * keeps nothing of a session's memory: {@link ServerCrashIT} shows what it keeps and ends.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionSurvivalIT {

    private static final String PASSWORD = "a long enough password 42";

    /** What a session's record holds that a restart must not change; the last access may move on. */
    private static final String RECORDS =
            "SELECT public_id, status, browser, operating_system, device_class, ip_address,"
                    + " created_at, idle_timeout_seconds, lifetime_ends_at, signed_in_with_mfa, ended_at"
                    + " FROM tracked_session WHERE public_id IN (?, ?, ?) ORDER BY public_id";

    private static final String SIGN_INS = "SELECT count(*) FROM activity_event WHERE type = 'SIGNED_IN'";

    private static final Map<String, ConsoleClient> people = new LinkedHashMap<>();
    private static final Map<String, String> publicIds = new LinkedHashMap<>();
    private static final String withCode = "survivor-" + UUID.randomUUID() + "@example.com";
    private static AuthenticatorApp app;
    private static List<List<String>> records;
    private static final Map<String, List<JsonObject>> tables = new LinkedHashMap<>();
    private static long signIns;

    @BeforeAll
    static void threePeopleSignIn() throws Exception {
        ResilienceServer.ensureDatabaseRuns();
        ConsoleClient laptop = new ConsoleClient(UserAgents.FIREFOX);
        ConsoleClient phone = new ConsoleClient(UserAgents.IPHONE);
        assertEquals(
                302, laptop.signIn("alice@example.com", "alice-demo-password").statusCode());
        assertEquals(
                302, phone.signIn("alice@example.com", "alice-demo-password").statusCode());
        people.put("Alice's laptop", laptop);
        people.put("Alice's phone", phone);
        people.put("a new account, signed in with a code", signedInWithACode());
        people.forEach((who, client) -> publicIds.put(who, client.currentSessionId()));
        people.forEach((who, client) -> tables.put(who, tableOf(client)));
        records = records();
        signIns = ResilienceServer.count(SIGN_INS);
        assertEquals(3, records.size(), records.toString());
        assertEquals( // PostgreSQL writes a true boolean as t
                "t",
                records.stream()
                        .filter(row -> row.get(0).equals(publicIds.get("a new account, signed in with a code")))
                        .findFirst()
                        .orElseThrow()
                        .get(9));
    }

    @Test
    @Order(1)
    void aRestartOfTheDomainSignsNobodyOut() throws Exception {
        Duration took = ResilienceServer.restartServer();

        everyoneIsStillSignedInAsBefore("restart-domain", took);
    }

    @Test
    @Order(2)
    void aStopAndAStartSignNobodyOut() throws Exception {
        Duration took = ResilienceServer.stopAndStartServer();

        everyoneIsStillSignedInAsBefore("stop + start", took);
    }

    @Test
    @Order(3)
    void theDeploymentOfAChangedEarSignsNobodyOut() throws Exception {
        aCodeIsCheckedBeforeTheDeployment();
        Duration took = ResilienceServer.redeploy(changedEar());

        everyoneIsStillSignedInAsBefore("deployment of a changed EAR", took);
    }

    /**
     * The redeployed identity store still checks a code: after a redeployment in the same server,
     * the default {@code IdentityStore.validate} looked its check up by the credential's class and
     * found the one the replaced deployment had used (a {@code MethodType} of the old class, kept
     * until its class loader is collected), and every sign-in with a code failed with {@code
     * IllegalAccessException}. The deployment replaced had checked a code, as a running one has.
     */
    @Test
    @Order(4)
    void afterTheDeploymentOfAChangedEarASignInWithACodeSucceeds() throws Exception {
        ConsoleClient another = signInWithTheNextCode();

        assertEquals(200, another.get("/activesession").statusCode());
        assertEquals(
                List.of(List.of("t")),
                ResilienceServer.rows(
                        "SELECT signed_in_with_mfa FROM tracked_session WHERE public_id = ?",
                        another.currentSessionId()),
                "the new session is marked as signed in with a code");
    }

    /**
     * Someone signs in with a code and out again while the deployment to be replaced runs: the
     * lookup that went stale is made, and the three people's sessions and tables stay as they were.
     */
    private static void aCodeIsCheckedBeforeTheDeployment() throws Exception {
        ConsoleClient before = signInWithTheNextCode();
        assertEquals(204, before.end(before.currentSessionId()).statusCode());
        signIns = ResilienceServer.count(SIGN_INS);
    }

    private static void everyoneIsStillSignedInAsBefore(String what, Duration took) throws Exception {
        // the restart sweep runs 10 s after the start: a session it wrongly ended would show after it
        Thread.sleep(12_000);
        List<String> kept = new ArrayList<>();
        people.forEach((who, client) -> {
            HttpResponse<String> page = client.get("/activesession");
            assertEquals(200, page.statusCode(), who + " is still signed in after the " + what);
            assertEquals(publicIds.get(who), client.currentSessionId(), who + " keeps the same session");
            assertEquals(tables.get(who), tableOf(client), who + "'s Active Sessions are listed as before");
            kept.add(who);
        });
        assertEquals(records, records(), "the records are as they were");
        assertEquals(signIns, ResilienceServer.count(SIGN_INS), "nobody had to sign in again");
        System.out.printf(
                "Session survival: %s took %d ms; %d of %d sessions kept, %s%n",
                what, took.toMillis(), kept.size(), people.size(), kept);
    }

    /** The rows of the person's Active Sessions as the API gives them, but for the last access, which moves on. */
    private static List<JsonObject> tableOf(ConsoleClient client) {
        return client.sessions().stream()
                .map(row -> Json.createObjectBuilder(row).remove("lastAccessAt").build())
                .toList();
    }

    private static List<List<String>> records() throws Exception {
        return ResilienceServer.rows(RECORDS, publicIds.values().toArray());
    }

    /** A new account turns two-factor authentication on, then signs in again with its password and a code. */
    private static ConsoleClient signedInWithACode() {
        ConsoleClient enrolling = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302,
                enrolling
                        .signUpAndSignIn("Sam Survivor", withCode, PASSWORD, "Survivors " + withCode)
                        .statusCode());
        HttpResponse<String> setup = enrolling.get("/mfa-setup");
        assertEquals(200, setup.statusCode(), setup.body());
        app = new AuthenticatorApp(ConsoleClient.twoFactorKeyOf(setup.body()));
        HttpResponse<String> done = enrolling.confirmTwoFactor(setup.body(), app.nextCode());
        assertEquals(true, done.body().contains("Two-factor authentication is on."), done.body());
        return signInWithTheNextCode();
    }

    private static ConsoleClient signInWithTheNextCode() {
        ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals("/", redirectPath(client.signInWithCode(withCode, PASSWORD, nextUnusedCode(app))));
        return client;
    }

    /** A code is taken once: the sign-in waits for the next step if the enrolment used this one. */
    private static String nextUnusedCode(AuthenticatorApp app) {
        while (app.lastCodeStillCurrent()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return app.nextCode();
    }

    /** The built EAR with one file more: another archive, as a new version is, with the same classes. */
    private static Path changedEar() throws IOException {
        Path changed = Files.createTempFile("active-sessions-changed", ".ear");
        Files.copy(ResilienceServer.builtEar(), changed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem ear = FileSystems.newFileSystem(URI.create("jar:" + changed.toUri()), Map.of())) {
            Files.writeString(
                    ear.getPath("META-INF", "release.txt"),
                    "redeployed by SessionSurvivalIT at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
        }
        return changed;
    }
}
