package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product's defences over HTTP, as an attacker with curl would probe them: the session
 * cookie's flags, a session id in the URL, forged state changes, password guessing, and the
 * headers that tell a browser what a page may do.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final String EMAIL = "alice@example.com";
    private static final String PASSWORD = "alice-demo-password";
    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String VIEW_STATE_PARAMETER = "jakarta.faces.ViewState";
    private static final String STATELESS = "stateless";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"" + Pattern.quote(VIEW_STATE_PARAMETER) + "\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOO_MANY_FAILURES =
            Pattern.compile("Too many failed sign-ins\\. Try again in \\d+ minutes?\\.");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATIC_RESOURCE = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final String ONE_YEAR_OF_TLS = "max-age=31536000";
    /** What names the server, its version, or the libraries it answers with; lower case. */
    private static final List<String> SERVER_NAMES =
            List.of("payara", "glassfish", "grizzly", "6.2025", "jersey", "mojarra", "wadl");

    private static final Pattern BUTTON = Pattern.compile("<button id=\"([^\"]+)\"([^>]*)>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // Session cookie -------------------------------------------------------------------------------------------------

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);

        List<String> firstVisit = sessionCookieAttributes(laptop.get("/login"));
        List<String> signIn = sessionCookieAttributes(laptop.signIn(EMAIL, PASSWORD));

        for (List<String> attributes : List.of(firstVisit, signIn)) {
            assertTrue(attributes.contains("httponly"), attributes::toString);
            assertTrue(attributes.contains("samesite=lax"), attributes::toString);
        }
    }

    @Test
    void signingInOverHttpsSetsASecureSessionCookie() throws Exception {
        List<HttpResponse<String>> loginAndSignIn = new TlsBrowser().signIn(EMAIL, PASSWORD);

        assertEquals("/", redirectPath(loginAndSignIn.get(1)));
        for (HttpResponse<String> answer : loginAndSignIn) {
            List<String> attributes = sessionCookieAttributes(answer);
            assertTrue(attributes.contains("secure"), attributes::toString);
            assertTrue(attributes.contains("httponly"), attributes::toString);
            assertTrue(attributes.contains("samesite=lax"), attributes::toString);
        }
    }

    // Session id in the URL -----------------------------------------------------------------------------------------

    @Test
    void aSessionIdInTheUrlIsIgnored() {
        ConsoleClient alice = new ConsoleClient(FIREFOX);
        alice.signIn(EMAIL, PASSWORD);
        String alicesSessionId = alice.sessionCookie();
        ConsoleClient stranger = new ConsoleClient(FIREFOX);

        HttpResponse<String> page = stranger.get("/activesession;jsessionid=" + alicesSessionId);
        HttpResponse<String> api = stranger.get("/api/v1/sessions;jsessionid=" + alicesSessionId);

        assertEquals("/login", redirectPath(page));
        assertEquals(401, api.statusCode());
        assertEquals(200, alice.get("/activesession").statusCode(), "the session itself was harmed");
    }

    @Test
    void neitherPagesNorRedirectsPutTheSessionIdInAUrl() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);

        List<HttpResponse<String>> answers = List.of(
                laptop.get("/login"), laptop.signIn(EMAIL, PASSWORD), laptop.get("/"), laptop.get("/activesession"));

        for (HttpResponse<String> answer : answers) {
            String location = answer.headers().firstValue("Location").orElse("");
            assertFalse(location.toLowerCase(Locale.ROOT).contains("jsessionid"), location);
            assertFalse(
                    answer.body().toLowerCase(Locale.ROOT).contains("jsessionid"),
                    answer.uri().toString());
        }
    }

    // Forged state changes ------------------------------------------------------------------------------------------

    @Test
    void aLogOutPostbackWithoutAValidViewStateDoesNotEndTheSession() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);
        laptop.signIn(EMAIL, PASSWORD);
        String page = laptop.get("/activesession").body();
        String logOut = logOutButtonOf(page, laptop.currentSessionId());
        String viewState = viewStateOf(page);
        assertNotEquals(STATELESS, viewState, "a signed-in view must keep its state on the server");

        for (String forged : Arrays.asList(null, "1234567890123456789:987654321987654321", STATELESS)) {
            laptop.post("/activesession", postback(logOut, forged));

            assertEquals(200, laptop.get("/activesession").statusCode(), "ended by view state " + forged);
        }
        laptop.post("/activesession", postback(logOut, viewState));
        assertEquals(
                "/login",
                redirectPath(laptop.get("/activesession")),
                "the page's own postback must end it, or the forged ones proved nothing");
    }

    // Password guessing ----------------------------------------------------------------------------------------------

    @Test
    void theTenthFailedSignInIsThrottled() {
        String madeUp = "guess-" + UUID.randomUUID() + "@example.com";
        ConsoleClient guesser = new ConsoleClient(FIREFOX);
        for (int guess = 1; guess < 10; guess++) {
            assertEquals(
                    "failed",
                    URI.create(location(guesser.signIn(madeUp, "guess-" + guess)))
                            .getQuery());
        }

        String tenth = location(guesser.signIn(madeUp, "guess-10"));
        String eleventh = location(guesser.signIn(madeUp, "guess-11"));

        for (String refused : List.of(tenth, eleventh)) {
            assertEquals("/login", URI.create(refused).getPath());
            URI target = URI.create(refused);
            String page = guesser.get(target.getRawPath() + "?" + target.getRawQuery())
                    .body();
            assertTrue(TOO_MANY_FAILURES.matcher(page).find(), page);
        }
        assertEquals(
                "/", redirectPath(new ConsoleClient(FIREFOX).signIn(EMAIL, PASSWORD)), "another account was refused");
    }

    @Test
    void signInsBeyondThePasswordChecksTheServerMayRunAtOnceAreAskedToComeBackAndSignNobodyIn() throws Exception {
        int people = 8;
        List<ConsoleClient> browsers = new ArrayList<>();
        List<HttpResponse<String>> answers;
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.sign-in.concurrent-password-checks", 1)
                .set("activesessions.sign-in.busy-wait-millis", 0)) {
            CountDownLatch together = new CountDownLatch(1);
            ExecutorService arrivals = Executors.newFixedThreadPool(people);
            List<Future<HttpResponse<String>>> posted = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                ConsoleClient browser = new ConsoleClient(FIREFOX);
                String csrf = browser.openLoginPage();
                browsers.add(browser);
                posted.add(arrivals.submit(() -> {
                    together.await();
                    return browser.post("/sign-in", Map.of("csrf", csrf, "email", EMAIL, "password", PASSWORD));
                }));
            }
            together.countDown();
            answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : posted) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            arrivals.shutdown();
        }

        int turnedAway = 0;
        for (int i = 0; i < people; i++) {
            HttpResponse<String> answer = answers.get(i);
            ConsoleClient browser = browsers.get(i);
            assertEquals(302, answer.statusCode());
            if ("busy".equals(URI.create(location(answer)).getQuery())) {
                turnedAway++;
                assertEquals("/login", redirectPath(answer));
                assertEquals("2", answer.headers().firstValue("Retry-After").orElse(null));
                assertEquals("/login", redirectPath(browser.get("/activesession")), "a turned-away sign-in signed in");
                assertTrue(browser.get("/login?busy").body().contains("Many people are signing in right now."));
                assertEquals("/", redirectPath(browser.signIn(EMAIL, PASSWORD)), "coming back later must work");
            } else {
                assertEquals("/", redirectPath(answer), "neither signed in nor turned away: " + location(answer));
                assertEquals(200, browser.get("/activesession").statusCode());
            }
        }
        assertTrue(turnedAway > 0, "8 sign-ins at once with 1 password check at a time and no wait: none turned away");
        assertTrue(turnedAway < people, "nobody signed in");
    }

    // Security headers -----------------------------------------------------------------------------------------------

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersRefusalsToo() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);
        HttpResponse<String> login = laptop.get("/login");
        laptop.signIn(EMAIL, PASSWORD);
        ConsoleClient stranger = new ConsoleClient(FIREFOX);

        List<HttpResponse<String>> answers = List.of(
                login,
                laptop.get("/activesession"),
                laptop.get("/api/v1/sessions"),
                laptop.endWithoutCsrfToken("AAAAAAAAAAAAAAAAAAAAAA"),
                stranger.get("/activesession"),
                stranger.get("/api/v1/sessions"));

        for (HttpResponse<String> answer : answers) {
            String where = answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode();
            assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), where);
            assertEquals(List.of("same-origin"), answer.headers().allValues("Referrer-Policy"), where);
            Map<String, String> policy = policyOf(answer);
            assertEquals("'none'", policy.get("frame-ancestors"), where);
            assertEquals("'none'", policy.get("object-src"), where);
            assertEquals("'self'", policy.get("base-uri"), where);
            assertEquals("'self'", policy.get("form-action"), where);
            assertTrue(policy.get("script-src").startsWith("'self'"), where);
            assertFalse(policy.get("script-src").contains("unsafe"), where);
        }
    }

    @Test
    void onlyThePagesOwnScriptsCanRunOnIt() {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);
        laptop.signIn(EMAIL, PASSWORD);

        HttpResponse<String> page = laptop.get("/activesession");

        Matcher nonce = NONCE.matcher(policyOf(page).get("script-src"));
        assertTrue(nonce.find(), "the policy gives the page's scripts no nonce");
        Matcher script = SCRIPT.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), script.group());
            scripts++;
        }
        assertTrue(scripts > 0, "the page has no script: nothing was checked");
        assertFalse(INLINE_HANDLER.matcher(page.body()).find(), "an inline event handler needs 'unsafe-inline'");
    }

    @Test
    void signedInPagesAndApiAnswersAreNeverStoredStaticResourcesMayBe() throws Exception {
        ConsoleClient laptop = new ConsoleClient(FIREFOX);
        laptop.signIn(EMAIL, PASSWORD);
        HttpResponse<String> page = laptop.get("/activesession");
        HttpResponse<String> newToken = laptop.api(
                "POST",
                "/api/v1/tokens",
                "{\"name\":\"no-store-" + UUID.randomUUID() + "\",\"scope\":\"READ\",\"validDays\":7}");
        assertEquals(201, newToken.statusCode(), newToken.body());

        for (HttpResponse<String> answer : List.of(
                page,
                laptop.get("/dashboard"),
                laptop.get("/api-tokens"),
                laptop.get("/api/v1/sessions"),
                newToken,
                laptop.get("/login"),
                new ConsoleClient(FIREFOX).get("/api/v1/sessions"))) {
            assertEquals(
                    List.of("no-store"),
                    answer.headers().allValues("Cache-Control"),
                    answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode());
        }
        Matcher resource = STATIC_RESOURCE.matcher(page.body());
        assertTrue(resource.find(), "the page names no static resource");
        HttpResponse<String> script = laptop.get(resource.group(1).replace("&amp;", "&"));
        assertEquals(200, script.statusCode(), resource.group(1));
        assertFalse(
                script.headers().allValues("Cache-Control").contains("no-store"), "a static resource is not cached");
    }

    @Test
    void answersOverTlsCarryStrictTransportSecurityAndOverPlainHttpOnlyWhenAProxyEndsTls() throws Exception {
        TlsBrowser tls = new TlsBrowser();
        HttpResponse<String> login = tls.get("/login");
        HttpResponse<String> refused = tls.get("/api/v1/sessions");
        HttpResponse<String> plain = new ConsoleClient(FIREFOX).get("/login");

        for (HttpResponse<String> answer : List.of(login, refused)) {
            assertEquals(
                    List.of(ONE_YEAR_OF_TLS),
                    answer.headers().allValues("Strict-Transport-Security"),
                    answer.uri() + " " + answer.statusCode());
        }
        assertEquals(List.of(), plain.headers().allValues("Strict-Transport-Security"), "HSTS over plain HTTP");
        try (ServerSettings settings = new ServerSettings().set("activesessions.network.served-over-tls", true)) {
            assertEquals(
                    List.of(ONE_YEAR_OF_TLS),
                    new ConsoleClient(FIREFOX).get("/login").headers().allValues("Strict-Transport-Security"),
                    "behind a proxy that ends TLS");
        }
    }

    // What names the server ---------------------------------------------------------------------------------------

    @Test
    void noAnswerOfAnyStatusNamesTheServerOrItsVersionNorDescribesTheApiInWadl() throws Exception {
        ConsoleClient stranger = new ConsoleClient(FIREFOX);
        ConsoleClient user = new ConsoleClient(FIREFOX);
        user.signIn(EMAIL, PASSWORD);
        Map<Integer, String> statuses = new TreeMap<>();

        List<HttpResponse<String>> answers = new ArrayList<>(List.of(
                stranger.get("/login"),
                stranger.get("/activesession"),
                stranger.get("/api/v1/sessions"),
                stranger.get("/health"),
                stranger.get("/openapi"),
                user.get("/activesession"),
                user.get("/metrics"),
                user.get("/no-such-page"),
                user.get("/no-such-page.xhtml"),
                user.get("/api/v1/nothing-here"),
                user.get("/api/v1/application.wadl"),
                user.call("PUT", "/sign-in", "{}", Map.of()),
                user.call("OPTIONS", "/api/v1/sessions", null, Map.of()),
                user.call("POST", "/api/v1/tokens", "{}", Map.of("Content-Type", "text/plain")),
                user.post("/sign-in", Map.of("x", "x".repeat(70 * 1024))),
                user.get("/error")));
        answers.add(new TlsBrowser().get("/login"));
        for (HttpResponse<String> answer : answers) {
            String where = answer.request().method() + " " + answer.uri() + " " + answer.statusCode();
            statuses.put(answer.statusCode(), where);
            assertNamesNothing(where, answer.headers().map(), answer.body());
        }
        for (RawHttp.Answer raw : List.of(
                RawHttp.send("GET /\\evil.example HTTP/1.1"),
                RawHttp.send("GET /login HTTP/1.1", "A header without a colon"),
                RawHttp.send("GET /login HTTP/9.9"))) {
            statuses.put(raw.status(), raw.statusLine());
            assertNamesNothing(raw.statusLine(), raw.headers(), raw.body());
        }

        assertTrue(
                statuses.keySet().containsAll(List.of(200, 302, 400, 401, 403, 404, 405, 413, 415, 500)),
                "statuses not walked: " + statuses);
    }

    // Helpers --------------------------------------------------------------------------------------------------------

    /** The answer's one Content-Security-Policy, by directive. */
    private static Map<String, String> policyOf(HttpResponse<String> answer) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "a browser enforces every policy it gets: " + policies);
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policies.get(0).split(";")) {
            String[] nameAndSources = directive.trim().split("\\s+", 2);
            if (!nameAndSources[0].isEmpty()) {
                directives.put(nameAndSources[0], nameAndSources.length > 1 ? nameAndSources[1] : "");
            }
        }
        return directives;
    }

    /** Neither a Server nor an X-Powered-By header, and nothing in the body that names the server. */
    private static void assertNamesNothing(String where, Map<String, List<String>> headers, String body) {
        for (String name : headers.keySet()) {
            assertFalse(name.equalsIgnoreCase("Server"), where + ": Server: " + headers.get(name));
            assertFalse(name.equalsIgnoreCase("X-Powered-By"), where + ": X-Powered-By: " + headers.get(name));
        }
        String text = body.toLowerCase(Locale.ROOT);
        for (String name : SERVER_NAMES) {
            assertFalse(text.contains(name), where + " says " + name + ": " + body);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No redirect"));
    }

    /** The client id of the Log Out button in the row of the given session. */
    private static String logOutButtonOf(String page, String publicId) {
        Matcher button = BUTTON.matcher(page);
        while (button.find()) {
            if (button.group(2).contains("data-session=\"" + publicId + "\"")) {
                return button.group(1);
            }
        }
        throw new AssertionError("No Log Out button for session " + publicId);
    }

    private static String viewStateOf(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "the page has no view state");
        return viewState.group(1);
    }

    /** What a click on the button posts (without script, as a cross-site form could), with the view state given. */
    private static Map<String, String> postback(String button, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sessions", "sessions");
        form.put(button, "");
        if (viewState != null) {
            form.put(VIEW_STATE_PARAMETER, viewState);
        }
        return form;
    }

    /** The attributes of the session cookie that the answer sets, lower case, without its value. */
    private static List<String> sessionCookieAttributes(HttpResponse<String> response) {
        return ConsoleClient.cookieAttributes(response, "JSESSIONID");
    }
}
