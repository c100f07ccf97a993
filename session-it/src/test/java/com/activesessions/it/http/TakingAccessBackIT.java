package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person who fears their account is in someone else's hands can take it back: a new password
 * also ends the API tokens made from a stolen session, holding a session does not let anyone
 * guess the password, a stranger's wrong passwords lock the owner out of nothing, making a token
 * asks for the password again, and no organisation's administrator reads the server's figures.
 * Over HTTP, as the attacker and the owner would; each from an address of its own, sent through a
 * trusted proxy's X-Forwarded-For.
 */
@ExtendWith(ArquillianExtension.class)
class TakingAccessBackIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a new password nobody has guessed";
    private static final String TRUSTED_PROXIES = "activesessions.network.trusted-proxies";
    private static final String USUAL = "198.51.100.7";
    private static final String STRANGER = "203.0.113.66";
    private static final String END_OTHERS = "/api/v1/sessions?scope=others";
    private static final String TOKEN = "{\"name\":\"nightly\",\"scope\":\"READ_AND_END\",\"validDays\":365}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aTokenMadeBeforeAPasswordChangeAnswers401AfterIt() {
        String email = newAccount();
        ConsoleClient laptop = signedIn(email, new ConsoleClient(UserAgents.FIREFOX));
        TokenClient script = new TokenClient(tokenOf(laptop.call("POST", "/api/v1/tokens", TOKEN, Map.of())));
        assertEquals(200, script.get("/api/v1/sessions").statusCode());

        HttpResponse<String> changed = changePassword(laptop, Map.of());

        assertTrue(changed.body().contains("Your API tokens were revoked (1)."), changed.body());
        assertEquals(401, script.get("/api/v1/sessions").statusCode(), "the token outlived the password");
        assertEquals(200, laptop.get("/api/v1/sessions").statusCode(), "the session that changed it goes on");
    }

    @Test
    void aPasswordChangeKeepsTheTokensTheOwnerChoseToKeep() {
        String email = newAccount();
        ConsoleClient laptop = signedIn(email, new ConsoleClient(UserAgents.FIREFOX));
        TokenClient script = new TokenClient(tokenOf(laptop.call("POST", "/api/v1/tokens", TOKEN, Map.of())));
        assertTrue(laptop.get("/security").body().contains("nightly"), "the page lists the token it would revoke");

        changePassword(laptop, Map.of("security:keepTokens_input", "on"));

        assertEquals(200, script.get("/api/v1/sessions").statusCode());
    }

    @Test
    void makingATokenPastTheRecentSignInAsksForThePasswordAgain() throws Exception {
        String email = newAccount();
        try (ServerSettings settings = new ServerSettings().set("activesessions.reauthentication.window-seconds", 1)) {
            ConsoleClient stolen = signedIn(email, new ConsoleClient(UserAgents.FIREFOX));
            Thread.sleep(1_500);

            assertEquals(
                    403, stolen.call("POST", "/api/v1/tokens", TOKEN, Map.of()).statusCode());
            assertEquals(
                    403,
                    stolen.call("POST", "/api/v1/tokens", TOKEN, Map.of("X-Password", "a guess"))
                            .statusCode());
            assertEquals(
                    0, ConsoleClient.jsonArray(stolen.get("/api/v1/tokens")).size(), "no token was made");

            assertEquals(
                    201,
                    stolen.call("POST", "/api/v1/tokens", TOKEN, Map.of("X-Password", PASSWORD))
                            .statusCode());
            assertEquals(
                    201,
                    stolen.call("POST", "/api/v1/tokens", TOKEN, Map.of()).statusCode(),
                    "a confirmation opens a new window");
        }
    }

    @Test
    void theEleventhWrongPasswordFromAHeldSessionIsRefusedAndTheOwnerStillSignsInFromTheirUsualAddress() {
        String email = newAccount();
        try (ServerSettings settings = new ServerSettings().set(TRUSTED_PROXIES, peerAddress())) {
            ConsoleClient owner = signedIn(email, from(USUAL));
            ConsoleClient thief = signedIn(email, from(STRANGER));

            IntStream.range(0, 10)
                    .forEach(i -> assertEquals(
                            403,
                            thief.call("DELETE", END_OTHERS, null, Map.of("X-Password", "guess " + i))
                                    .statusCode()));
            HttpResponse<String> eleventh = thief.call("DELETE", END_OTHERS, null, Map.of("X-Password", PASSWORD));

            assertEquals(429, eleventh.statusCode(), eleventh.body());
            assertTrue(eleventh.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, owner.get("/api/v1/sessions").statusCode(), "nothing was ended");
            assertTrue(
                    changePassword(thief, Map.of()).body().contains("Too many wrong passwords or codes"),
                    "the Security page is refused the same way");
            assertEquals("/login", redirectPath(from(STRANGER).signIn(email, PASSWORD)), "throttled from there");
            assertEquals("/", redirectPath(from(USUAL).signIn(email, PASSWORD)), "the owner still signs in");
        }
    }

    @Test
    void wrongPasswordsFromManyAddressesLockOutNewAddressesButNotTheOwnersUsualOne() {
        String email = newAccount();
        try (ServerSettings settings = new ServerSettings()
                .set(TRUSTED_PROXIES, peerAddress())
                .set("activesessions.sign-in.max-failures-per-account", 5)) {
            signedIn(email, from(USUAL));

            IntStream.range(0, 5)
                    .forEach(i -> assertEquals(
                            "/login", redirectPath(from("203.0.113." + (10 + i)).signIn(email, "guess " + i))));

            HttpResponse<String> newAddress = from("192.0.2.99").signIn(email, PASSWORD);
            assertEquals("/login", redirectPath(newAddress));
            assertTrue(newAddress.headers().firstValue("Location").orElseThrow().contains("throttled"));
            assertEquals("/", redirectPath(from(USUAL).signIn(email, PASSWORD)), "the owner is not locked out");
        }
    }

    @Test
    void aSecondOrganisationsAdministratorReadsNoFigureOfTheFirst() {
        String email = newAccount();
        ConsoleClient otherAdministrator = signedIn(email, new ConsoleClient(UserAgents.FIREFOX));
        TokenClient otherScraper = new TokenClient(tokenOf(otherAdministrator.call(
                "POST", "/api/v1/tokens", "{\"name\":\"prometheus\",\"scope\":\"READ\",\"validDays\":7}", Map.of())));

        HttpResponse<String> page = otherAdministrator.get("/metrics?scope=application");
        HttpResponse<String> scraped = otherScraper.get("/metrics?scope=application");

        assertNotEquals(200, page.statusCode());
        assertNotEquals(200, scraped.statusCode());
        assertFalse(page.body().contains("activesessions_"), page.body());
        assertFalse(scraped.body().contains("activesessions_"), scraped.body());

        try (ServerSettings settings = new ServerSettings().set("activesessions.operators", "admin@example.com")) {
            ConsoleClient operator =
                    signedIn("admin@example.com", "admin-demo-password", new ConsoleClient(UserAgents.FIREFOX));
            HttpResponse<String> figures = operator.get("/metrics?scope=application");
            assertEquals(200, figures.statusCode());
            assertTrue(figures.body().contains("activesessions_sessions_active"), figures.body());
            assertNotEquals(
                    200, otherAdministrator.get("/metrics?scope=application").statusCode());
        }
    }

    // Helpers ------------------------------------------------------------------------------------------------------

    /** A new account, in an organisation of its own (so its holder is that organisation's administrator). */
    private static String newAccount() {
        String email = "taking-back-" + UUID.randomUUID() + "@example.com";
        new ConsoleClient(UserAgents.FIREFOX).signUp("Owner", email, PASSWORD, "Org " + UUID.randomUUID());
        return email;
    }

    private static ConsoleClient signedIn(String email, ConsoleClient client) {
        return signedIn(email, PASSWORD, client);
    }

    private static ConsoleClient signedIn(String email, String password, ConsoleClient client) {
        assertEquals("/", redirectPath(client.signIn(email, password)), "signed in");
        return client;
    }

    private static ConsoleClient from(String address) {
        return new ConsoleClient(UserAgents.FIREFOX, Map.of("X-Forwarded-For", address));
    }

    /** The address this machine's requests come from: the proxy to trust for the X-Forwarded-For above. */
    private static String peerAddress() {
        return signedIn("bob@example.com", "bob-demo-password", new ConsoleClient(UserAgents.IPHONE))
                .currentSession()
                .getString("ipAddress");
    }

    private static String tokenOf(HttpResponse<String> made) {
        assertEquals(201, made.statusCode(), made.body());
        return ConsoleClient.jsonObject(made).getString("secret");
    }

    private static HttpResponse<String> changePassword(ConsoleClient client, Map<String, String> extra) {
        String page = client.get("/security").body();
        Map<String, String> form = new HashMap<>(Map.of(
                "security:currentPassword", PASSWORD,
                "security:newPassword", NEW_PASSWORD,
                "security:confirmation", NEW_PASSWORD));
        form.putAll(extra);
        return client.ajax("/security", page, "security", "security:change", form);
    }
}
