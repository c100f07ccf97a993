package com.activesessions.it.http;

import static com.activesessions.it.http.ProblemAnswers.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over HTTP, as a browser's script and as a script with a personal API token use
 * it: every endpoint, and its 400, 401, 403 and 404 answers, each a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final String ALICE = "alice@example.com";
    private static final String ALICE_PASSWORD = "alice-demo-password";
    private static final String BOB = "bob@example.com";
    private static final String BOB_PASSWORD = "bob-demo-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void oneOfMySessionsCanBeReadAndTheOneInUseIsMarkedCurrent() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        String id = alice.currentSessionId();

        HttpResponse<String> one = alice.get("/api/v1/sessions/" + id);

        assertEquals(200, one.statusCode());
        JsonObject session = json(one);
        assertEquals(id, session.getString("id"));
        assertTrue(session.getBoolean("current"));
        assertEquals("ACTIVE", session.getString("status"));
    }

    @Test
    void anotherAccountsSessionIsAnsweredAsOneThatDoesNotExist() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        ConsoleClient bob = signedIn(BOB, BOB_PASSWORD, UserAgents.IPHONE);
        String bobsSession = bob.currentSessionId();

        HttpResponse<String> read = alice.get("/api/v1/sessions/" + bobsSession);
        HttpResponse<String> end = alice.end(bobsSession);
        HttpResponse<String> unknown = alice.get("/api/v1/sessions/no-such-session");

        assertProblem(404, read);
        assertProblem(404, end);
        assertProblem(404, unknown);
        assertEquals(json(read).getString("detail"), json(unknown).getString("detail"), "the two look the same");
        assertEquals(200, bob.get("/api/v1/sessions").statusCode(), "bob's session lives on");
    }

    @Test
    void aCallWithNeitherSessionNorTokenIsUnauthorized() {
        HttpResponse<String> anonymous = new ConsoleClient(UserAgents.FIREFOX).get("/api/v1/sessions");

        assertProblem(401, anonymous);
    }

    @Test
    void endingAllOtherSessionsNeedsScopeOthersAndThePasswordAndSparesTheOneInUse() {
        ConsoleClient laptop = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        ConsoleClient phone = signedIn(ALICE, ALICE_PASSWORD, UserAgents.IPHONE);

        HttpResponse<String> wrongScope = laptop.call("DELETE", "/api/v1/sessions?scope=all", null, Map.of());
        HttpResponse<String> noPassword = laptop.call("DELETE", "/api/v1/sessions?scope=others", null, Map.of());
        HttpResponse<String> wrongPassword =
                laptop.call("DELETE", "/api/v1/sessions?scope=others", null, Map.of("X-Password", "not-it"));

        assertEquals("scope", json(assertProblem(400, wrongScope)).getString("field"));
        assertEquals("X-Password", json(assertProblem(400, noPassword)).getString("field"));
        assertProblem(403, wrongPassword);
        assertEquals(200, phone.get("/api/v1/sessions").statusCode(), "nothing ended yet");

        HttpResponse<String> ended =
                laptop.call("DELETE", "/api/v1/sessions?scope=others", null, Map.of("X-Password", ALICE_PASSWORD));

        assertEquals(200, ended.statusCode(), ended.body());
        assertTrue(json(ended).getInt("ended") >= 1, ended.body());
        assertProblem(401, phone.get("/api/v1/sessions"));
        assertEquals(200, laptop.get("/api/v1/sessions").statusCode());
    }

    @Test
    void aReadTokenListsMySessionsButCannotEndOne() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        String session = alice.currentSessionId();
        TokenClient script = new TokenClient(makeToken(alice, "READ"));

        HttpResponse<String> list = script.get("/api/v1/sessions");
        HttpResponse<String> end = script.delete("/api/v1/sessions/" + session);

        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(session));
        assertFalse(list.body().contains("\"current\":true"), "a script has no session of its own");
        assertProblem(403, end);
        assertEquals(200, alice.get("/api/v1/sessions").statusCode(), "the session lives on");
    }

    @Test
    void aTokenThatMayEndSessionsEndsOneAndItsNextRequestIsRefused() {
        ConsoleClient laptop = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        ConsoleClient phone = signedIn(ALICE, ALICE_PASSWORD, UserAgents.IPHONE);
        TokenClient script = new TokenClient(makeToken(laptop, "READ_AND_END"));

        HttpResponse<String> end = script.delete("/api/v1/sessions/" + phone.currentSessionId());

        assertEquals(204, end.statusCode(), end.body());
        assertProblem(401, phone.get("/api/v1/sessions"));
        assertEquals(200, laptop.get("/api/v1/sessions").statusCode());
    }

    @Test
    void aScriptsCallLeavesNoSessionBehind() {
        TokenClient script = new TokenClient(makeToken(signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX), "READ"));

        HttpResponse<String> list = script.get("/api/v1/sessions");

        assertEquals(200, list.statusCode());
        assertTrue(
                list.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                list.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void aRevokedTokenIsRefused() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);
        HttpResponse<String> made = alice.call(
                "POST", "/api/v1/tokens", "{\"name\":\"to revoke\",\"scope\":\"READ\",\"validDays\":7}", Map.of());
        TokenClient script = new TokenClient(json(made).getString("secret"));
        assertEquals(200, script.get("/api/v1/sessions").statusCode());

        HttpResponse<String> revoked =
                alice.call("DELETE", "/api/v1/tokens/" + json(made).getString("id"), null, Map.of());
        HttpResponse<String> refused = script.get("/api/v1/sessions");

        assertEquals(204, revoked.statusCode(), revoked.body());
        assertProblem(401, refused);
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertProblem(401, new TokenClient("ast_forged").get("/api/v1/sessions"));
    }

    @Test
    void aTokenCanNeitherSeeNorMakeTokens() {
        TokenClient script =
                new TokenClient(makeToken(signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX), "READ_AND_END"));

        assertProblem(403, script.get("/api/v1/tokens"));
    }

    @Test
    void aTokenIsMadeOnlyFromValidFieldsAndTheErrorNamesTheField() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);

        assertEquals("name", field(alice, "{\"name\":\" \",\"scope\":\"READ\",\"validDays\":7}"));
        assertEquals("scope", field(alice, "{\"name\":\"x\",\"scope\":\"ADMIN\",\"validDays\":7}"));
        assertEquals("validDays", field(alice, "{\"name\":\"x\",\"scope\":\"READ\",\"validDays\":400}"));
        assertProblem(400, alice.call("POST", "/api/v1/tokens", "{\"name\":", Map.of()));
        assertProblem(415, alice.call("POST", "/api/v1/tokens", "x", Map.of("Content-Type", "text/plain")));
    }

    @Test
    void anUnknownAddressOrMethodIsAProblemDocumentToo() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD, UserAgents.FIREFOX);

        assertProblem(404, alice.get("/api/v1/nothing-here"));
        assertProblem(405, alice.call("PUT", "/api/v1/sessions", "{}", Map.of()));
    }

    private static String makeToken(ConsoleClient owner, String scope) {
        HttpResponse<String> made = owner.call(
                "POST",
                "/api/v1/tokens",
                "{\"name\":\"script\",\"scope\":\"" + scope + "\",\"validDays\":7}",
                Map.of());
        assertEquals(201, made.statusCode(), made.body());
        return json(made).getString("secret");
    }

    private static String field(ConsoleClient client, String body) {
        return json(assertProblem(400, client.call("POST", "/api/v1/tokens", body, Map.of())))
                .getString("field");
    }

    private static ConsoleClient signedIn(String email, String password, String userAgent) {
        ConsoleClient client = new ConsoleClient(userAgent);
        assertEquals(302, client.signIn(email, password).statusCode());
        return client;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
