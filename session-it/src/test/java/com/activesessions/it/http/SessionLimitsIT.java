package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time-outs, caps and hijack signals over HTTP, with the settings changed on the running server
 * as an operator would (asadmin set-config-property): each applies to the next sign-in. Also the
 * switch of request tracking: off, requests are no longer compared with the sign-in, yet a
 * session past its lifetime is still refused.
 */
@ExtendWith(ArquillianExtension.class)
class SessionLimitsIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Safari/537.36";
    /** The same browser on the same system, a version later. */
    private static final String CHROME_UPDATED =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/132.0.0.0 Safari/537.36";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSessionIdleLongerThanItsTimeOutIsRefusedAndKeptAsExpired() throws Exception {
        ConsoleClient idle;
        try (ServerSettings settings = new ServerSettings().set("activesessions.session.idle-timeout-seconds", 2)) {
            idle = signedIn("bob@example.com", "bob-demo-password", FIREFOX);
        }

        pause(Duration.ofSeconds(4));

        assertEquals("/login", redirectPath(idle.get("/activesession")));
        String page = signedIn("bob@example.com", "bob-demo-password", FIREFOX)
                .get("/activesession")
                .body();
        assertTrue(page.contains("Expired (idle)"), "the history does not show the idle expiry");
    }

    @Test
    void aSessionPastItsLifetimeIsRefusedHoweverActiveItIs() throws Exception {
        ConsoleClient busy;
        try (ServerSettings settings = new ServerSettings().set("activesessions.session.lifetime-seconds", 3)) {
            busy = signedIn("bob@example.com", "bob-demo-password", FIREFOX);
            // Before the setting is restored: an asadmin call can take longer than the lifetime on a busy machine.
            assertEquals(200, busy.get("/activesession").statusCode());
        }

        pause(Duration.ofSeconds(4));

        assertEquals("/login", redirectPath(busy.get("/activesession")));
        String page = signedIn("bob@example.com", "bob-demo-password", FIREFOX)
                .get("/activesession")
                .body();
        assertTrue(page.contains("Expired (lifetime)"), "the history does not show the lifetime expiry");
    }

    @Test
    void atTheCapTheNewSignInIsRefusedWithAClearMessage() {
        ConsoleClient first = signedIn("admin@example.com", "admin-demo-password", FIREFOX);
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.session.max-per-user", 1)
                .set("activesessions.session.cap-policy", "REFUSE_NEW")) {
            ConsoleClient second = new ConsoleClient(CHROME);

            HttpResponse<String> refused = second.signIn("admin@example.com", "admin-demo-password");

            assertEquals("/login", redirectPath(refused));
            assertTrue(second.get("/login?capped").body().contains("You are signed in on too many devices."));
            assertEquals("/login", redirectPath(second.get("/activesession")));
            assertEquals(200, first.get("/activesession").statusCode());
        }
    }

    @Test
    void atTheCapTheOldestSessionIsEndedForTheNewOne() {
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.session.max-per-user", 1)
                .set("activesessions.session.cap-policy", "END_OLDEST")) {
            ConsoleClient oldest = signedIn("admin@example.com", "admin-demo-password", FIREFOX);
            ConsoleClient newest = signedIn("admin@example.com", "admin-demo-password", CHROME);

            assertEquals("/login", redirectPath(oldest.get("/activesession")));
            String page = newest.get("/activesession").body();
            assertEquals(200, newest.get("/activesession").statusCode());
            assertTrue(page.contains("Replaced (cap)"), "the history does not show the replaced session");
        }
    }

    @Test
    void underTheDefaultPolicyACookieReplayedWithAnotherBrowserIsRefusedAndTheSessionEndedWithItsReason() {
        ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
        ConsoleClient thief = replaying(owner, CHROME);

        assertEquals("/login", redirectPath(thief.get("/activesession")));

        assertEquals("/login", redirectPath(owner.get("/activesession")));
        ConsoleClient again = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
        assertTrue(again.get("/activesession").body().contains("Ended (hijack signal)"));
        assertTrue(
                again.get("/api/v1/activity?type=HIJACK_SIGNAL&limit=1").body().contains("Ended by the hijack policy"),
                "the end is not recorded with its reason");
    }

    @Test
    void underTheDefaultPolicyANewVersionOfTheSameBrowserOnlyFlagsTheSession() {
        ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", CHROME);
        ConsoleClient updated = replaying(owner, CHROME_UPDATED);

        assertEquals(200, updated.get("/activesession").statusCode());

        assertEquals(200, owner.get("/activesession").statusCode());
        JsonObject signal = ConsoleClient.jsonObject(owner.get("/api/v1/activity?type=HIJACK_SIGNAL&limit=1"))
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals(owner.currentSessionId(), signal.getString("sessionId"), "the session is not flagged");
        assertTrue(signal.getString("device").startsWith("Chrome 132"), signal.getString("device"));
        assertEquals(204, owner.end(owner.currentSessionId()).statusCode(), "a flagged session left behind");
    }

    @Test
    void underTheDefaultPolicyASessionFlaggedForANewVersionIsStillEndedWhenAnotherBrowserUsesIt() {
        ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", CHROME);
        ConsoleClient updated = replaying(owner, CHROME_UPDATED);
        assertEquals(200, updated.get("/activesession").statusCode());
        ConsoleClient thief = replaying(owner, FIREFOX);

        assertEquals("/login", redirectPath(thief.get("/activesession")));

        assertEquals("/login", redirectPath(owner.get("/activesession")));
    }

    @Test
    void underTheFlagPolicyACookieReplayedWithAnotherBrowserIsOnlyFlagged() {
        try (ServerSettings settings = new ServerSettings().set("activesessions.hijack.policy", "FLAG")) {
            ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
            ConsoleClient thief = replaying(owner, CHROME);

            assertEquals(200, thief.get("/activesession").statusCode());

            String page = owner.get("/activesession").body();
            assertTrue(page.contains("Flagged"), "the session is not flagged in the table");
            assertEquals(204, owner.end(owner.currentSessionId()).statusCode(), "a flagged session left behind");
        }
    }

    @Test
    void underTheStrictPolicyAReplayedCookieEndsTheSession() {
        try (ServerSettings settings = new ServerSettings().set("activesessions.hijack.policy", "END")) {
            ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
            ConsoleClient thief = new ConsoleClient(CHROME);
            thief.useSessionCookie(owner.sessionCookie());

            assertEquals("/login", redirectPath(thief.get("/activesession")));

            assertEquals("/login", redirectPath(owner.get("/activesession")));
            String page = signedIn("alice@example.com", "alice-demo-password", FIREFOX)
                    .get("/activesession")
                    .body();
            assertTrue(page.contains("Ended (hijack signal)"));
            assertFalse(page.contains("Flagged"), "an ended session is still listed");
        }
    }

    /** The switch of request tracking (activesessions.tracking.enabled), flipped on the running server. */
    @Test
    void withTrackingOffAReplayedCookieGoesUnnoticedUntilTrackingIsBackOn() {
        try (ServerSettings settings = new ServerSettings().set("activesessions.hijack.policy", "END")) {
            ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
            ConsoleClient thief = new ConsoleClient(CHROME);
            thief.useSessionCookie(owner.sessionCookie());

            settings.set("activesessions.tracking.enabled", false);
            assertEquals(200, thief.get("/activesession").statusCode());
            assertEquals(200, owner.get("/activesession").statusCode());

            settings.set("activesessions.tracking.enabled", true);
            assertEquals("/login", redirectPath(thief.get("/activesession")));
            assertEquals("/login", redirectPath(owner.get("/activesession")));
        }
    }

    @Test
    void withTrackingOffASessionPastItsLifetimeIsStillRefused() throws Exception {
        ConsoleClient busy;
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.tracking.enabled", false)
                .set("activesessions.session.lifetime-seconds", 3)) {
            busy = signedIn("bob@example.com", "bob-demo-password", FIREFOX);
            assertEquals(200, busy.get("/activesession").statusCode());

            pause(Duration.ofSeconds(4));

            assertEquals("/login", redirectPath(busy.get("/activesession")));
        }
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseLeavesTrackingOn() {
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.hijack.policy", "END")
                .set("activesessions.tracking.enabled", "no")) {
            ConsoleClient owner = signedIn("alice@example.com", "alice-demo-password", FIREFOX);
            ConsoleClient thief = new ConsoleClient(CHROME);
            thief.useSessionCookie(owner.sessionCookie());

            assertEquals("/login", redirectPath(thief.get("/activesession")));
        }
    }

    private static ConsoleClient signedIn(String email, String password, String userAgent) {
        ConsoleClient client = new ConsoleClient(userAgent);
        HttpResponse<String> response = client.signIn(email, password);
        assertEquals("/", redirectPath(response), "the sign-in of " + email + " was refused");
        return client;
    }

    /** Another client presenting the owner's session cookie, as someone who copied it would. */
    private static ConsoleClient replaying(ConsoleClient owner, String userAgent) {
        ConsoleClient replay = new ConsoleClient(userAgent);
        replay.useSessionCookie(owner.sessionCookie());
        return replay;
    }

    /** Waiting is the behaviour under test here: a session left alone for longer than its limit. */
    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
