package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product over HTTP, as curl with two cookie jars sees it: signing in, the sessions list,
 * logging one session out from another, and the bad input around them.
 */
@ExtendWith(ArquillianExtension.class)
class SignInAndLogOutIT {

    private static final String EMAIL = "alice@example.com";
    private static final String PASSWORD = "alice-demo-password";
    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void twoSignInsOfOneAccountAreBothListedAndTheCurrentOneIsMarked() {
        ConsoleClient laptop = signedIn(FIREFOX);
        ConsoleClient phone = signedIn(IPHONE);

        List<JsonObject> sessions = laptop.sessions();

        String laptopsId = laptop.currentSessionId();
        String phonesId = phone.currentSessionId();
        assertNotEquals(laptopsId, phonesId);
        assertTrue(ids(sessions).containsAll(List.of(laptopsId, phonesId)));
        assertEquals("Safari 17 on iOS 17.5 · Phone", deviceOf(sessions, phonesId));
        assertEquals("Firefox 132 on Ubuntu · Desktop", deviceOf(sessions, laptopsId));
        String page = laptop.get("/activesession").body();
        assertTrue(page.contains("This device"));
        assertTrue(page.contains("Safari 17 on iOS 17.5 · Phone"));
    }

    @Test
    void loggingOutASessionRefusesItsNextRequestAndLeavesTheOtherSignedIn() {
        ConsoleClient laptop = signedIn(FIREFOX);
        ConsoleClient phone = signedIn(IPHONE);
        String phonesId = phone.currentSessionId();

        HttpResponse<String> ended = laptop.end(phonesId);

        assertEquals(204, ended.statusCode());
        HttpResponse<String> phonesNextPage = phone.get("/activesession");
        assertEquals(302, phonesNextPage.statusCode());
        assertEquals("/login", redirectPath(phonesNextPage));
        assertEquals(401, phone.get("/api/v1/sessions").statusCode());
        assertEquals(200, laptop.get("/activesession").statusCode());
        assertFalse(ids(laptop.sessions()).contains(phonesId));
    }

    @Test
    void loggingOutTheSessionInUseSignsTheCallerOut() {
        ConsoleClient laptop = signedIn(FIREFOX);

        assertEquals(204, laptop.end(laptop.currentSessionId()).statusCode());

        assertEquals("/login", redirectPath(laptop.get("/activesession")));
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);
        laptop.get("/login");
        String beforeSignIn = laptop.sessionCookie();
        assertNotNull(beforeSignIn);

        laptop.signIn(EMAIL, PASSWORD);

        assertNotEquals(beforeSignIn, laptop.sessionCookie());
        ConsoleClient fixated = new ConsoleClient(FIREFOX);
        fixated.useSessionCookie(beforeSignIn);
        assertEquals("/login", redirectPath(fixated.get("/activesession")));
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameOneMessage() {
        HttpResponse<String> wrongPassword = new ConsoleClient(FIREFOX).signIn(EMAIL, "not-the-password");
        HttpResponse<String> unknownAccount = new ConsoleClient(FIREFOX).signIn("nobody@example.com", PASSWORD);

        assertEquals("/login", redirectPath(wrongPassword));
        assertEquals(
                wrongPassword.headers().firstValue("Location"),
                unknownAccount.headers().firstValue("Location"));
        String page = new ConsoleClient(FIREFOX).get("/login?failed").body();
        assertTrue(page.contains("Incorrect e-mail or password."));
    }

    @Test
    void aSignInWithoutTheLoginPagesTokenIsRefused() {
        ConsoleClient forger = new ConsoleClient(FIREFOX);
        forger.get("/login");

        HttpResponse<String> response =
                forger.post("/sign-in", java.util.Map.of("csrf", "forged", "email", EMAIL, "password", PASSWORD));

        assertEquals("/login", redirectPath(response));
        assertEquals("/login", redirectPath(forger.get("/activesession")));
    }

    @Test
    void aForgedSessionCookieIsSentToLogin() {
        ConsoleClient forger = new ConsoleClient(FIREFOX);
        forger.useSessionCookie("0123456789abcdef0123456789ab");

        assertEquals("/login", redirectPath(forger.get("/activesession")));
        assertEquals(401, forger.get("/api/v1/sessions").statusCode());
    }

    @Test
    void aHugeUserAgentWithAScriptIsStoredCutAndShownEscaped() {
        String marker = "END-OF-HOSTILE-HEADER";
        String hostile = "<script>alert('pwned')</script>" + "x".repeat(10_240) + marker;
        ConsoleClient attacker = new ConsoleClient(hostile);
        assertEquals("/", redirectPath(attacker.signIn(EMAIL, PASSWORD)));

        String page = signedIn(FIREFOX).get("/activesession").body();

        assertFalse(page.contains("<script>alert('pwned')"), "the User-Agent reached the page unescaped");
        assertTrue(page.contains("&lt;script&gt;alert("), "the User-Agent is not shown on the page");
        assertFalse(page.contains(marker), "the User-Agent was not cut");
        assertEquals(200, attacker.get("/activesession").statusCode());
    }

    @Test
    void loggingOutAnUnknownOrForeignSessionIsRefusedAsNotFound() {
        ConsoleClient alice = signedIn(FIREFOX);
        ConsoleClient bob = new ConsoleClient(IPHONE);
        bob.signIn("bob@example.com", "bob-demo-password");
        String bobsId = bob.currentSessionId();

        HttpResponse<String> foreign = alice.end(bobsId);
        HttpResponse<String> unknown = alice.end("AAAAAAAAAAAAAAAAAAAAAA");

        assertEquals(404, foreign.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(unknown.body(), foreign.body());
        assertEquals(
                "application/problem+json",
                foreign.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, bob.get("/activesession").statusCode());
    }

    @Test
    void aStateChangeWithoutTheCsrfHeaderIsRefused() {
        ConsoleClient laptop = signedIn(FIREFOX);
        ConsoleClient phone = signedIn(IPHONE);

        assertEquals(403, laptop.endWithoutCsrfToken(phone.currentSessionId()).statusCode());

        assertEquals(200, phone.get("/activesession").statusCode());
    }

    @Test
    void bothAddressesOfThePageOpenIt() {
        ConsoleClient laptop = signedIn(FIREFOX);

        assertEquals("/activesession", redirectPath(laptop.get("/active-session")));
        assertEquals(200, laptop.get("/activesession").statusCode());
    }

    private static ConsoleClient signedIn(String userAgent) {
        ConsoleClient client = new ConsoleClient(userAgent);
        HttpResponse<String> response = client.signIn(EMAIL, PASSWORD);
        assertEquals(302, response.statusCode());
        assertEquals("/", redirectPath(response));
        return client;
    }

    private static List<String> ids(List<JsonObject> sessions) {
        return sessions.stream().map(s -> s.getString("id")).toList();
    }

    private static String deviceOf(List<JsonObject> sessions, String id) {
        return sessions.stream()
                .filter(s -> s.getString("id").equals(id))
                .findFirst()
                .orElseThrow()
                .getString("device");
    }
}
