package com.activesessions.it.http;

import com.activesessions.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What curl does with a cookie jar: one client, one browser session. Redirects are not followed,
 * so that a test sees where the server sends it.
 */
public final class ConsoleClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TWO_FACTOR_KEY =
            Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String userAgent;
    private final Map<String, String> extraHeaders;
    private String csrfToken;

    public ConsoleClient(String userAgent) {
        this(TestServer.baseUri(), userAgent, Map.of());
    }

    /** A client whose every request also carries these headers, as if a proxy added them. */
    public ConsoleClient(String userAgent, Map<String, String> extraHeaders) {
        this(TestServer.baseUri(), userAgent, extraHeaders);
    }

    /** A client of the server at the given address: a test running inside the server knows it from there. */
    public ConsoleClient(URI base, String userAgent) {
        this(base, userAgent, Map.of());
    }

    /** A client of the server a test runs inside, from the address Arquillian gives the test's own deployment. */
    public static ConsoleClient ofServerOf(URL testsUrl, String userAgent) {
        return new ConsoleClient(
                URI.create(testsUrl.getProtocol() + "://" + testsUrl.getHost() + ":" + testsUrl.getPort()), userAgent);
    }

    private ConsoleClient(URI base, String userAgent, Map<String, String> extraHeaders) {
        this.base = base;
        this.userAgent = userAgent;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    /** Opens the login page and posts the form, as a person would. Returns the sign-in's answer. */
    public HttpResponse<String> signIn(String email, String password) {
        return post("/sign-in", Map.of("csrf", openLoginPage(), "email", email, "password", password));
    }

    /**
     * Signs in with a password and then, on the page that asks for it, with a code (from an
     * authenticator app or a recovery code); returns the answer to the code.
     */
    public HttpResponse<String> signInWithCode(String email, String password, String code) {
        HttpResponse<String> asked = signIn(email, password);
        if (!"/mfa".equals(redirectPath(asked))) {
            throw new AssertionError("The sign-in of " + email + " asked for no code: " + asked.statusCode() + " "
                    + asked.headers().firstValue("Location").orElse(""));
        }
        return post("/sign-in", Map.of("csrf", csrfFieldOf(get("/mfa").body()), "code", code));
    }

    /** The key in Base32, without spaces, that the set-up page shows to put in an authenticator app. */
    public static String twoFactorKeyOf(String setupPage) {
        Matcher key = TWO_FACTOR_KEY.matcher(setupPage);
        if (!key.find()) {
            throw new AssertionError("The page shows no key to set up two-factor authentication");
        }
        return key.group(1).replace(" ", "");
    }

    /** Confirms the set-up the page shows with the app's first code, as its form does; returns its answer. */
    public HttpResponse<String> confirmTwoFactor(String setupPage, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("setup", "setup");
        form.put("setup:code", code);
        form.put("setup:confirm", "setup:confirm");
        form.put("jakarta.faces.ViewState", viewStateOf(setupPage));
        return post("/mfa-setup", form);
    }

    /** Opens the login page, as a person does before typing, and returns its form's CSRF token. */
    public String openLoginPage() {
        return csrfFieldOf(get("/login").body());
    }

    private static String csrfFieldOf(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        if (!field.find()) {
            throw new AssertionError("The page has no CSRF field");
        }
        return field.group(1);
    }

    /**
     * Signs up, then signs in with the password chosen, as the answer to a sign-up asks; returns the
     * sign-in's answer.
     */
    public HttpResponse<String> signUpAndSignIn(String name, String email, String password, String organisation) {
        HttpResponse<String> signedUp = signUp(name, email, password, organisation);
        if (!"/login".equals(redirectPath(signedUp))) {
            throw new AssertionError("The sign-up of " + email + " answered " + signedUp.statusCode() + " "
                    + signedUp.headers().firstValue("Location").orElse(""));
        }
        return signIn(email, password);
    }

    /** Fills the sign-up page's form and sends it, as a person would; returns its answer, not signed in. */
    public HttpResponse<String> signUp(String name, String email, String password, String organisation) {
        String viewState = viewStateOf(get("/signup").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signup", "signup");
        form.put("signup:name", name);
        form.put("signup:email", email);
        form.put("signup:password", password);
        form.put("signup:organisation", organisation);
        form.put("signup:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return post("/signup", form);
    }

    /** Opens a set-password link and chooses the password, as its recipient would. */
    public HttpResponse<String> setPassword(String link, String password) {
        URI uri = URI.create(link);
        String path = uri.getRawPath() + "?" + uri.getRawQuery();
        String viewState = viewStateOf(get(path).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("setPassword", "setPassword");
        form.put("setPassword:password", password);
        form.put("setPassword:confirmation", password);
        form.put("setPassword:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return post(path, form);
    }

    /**
     * Sends what a PrimeFaces button's AJAX click sends: the form's fields, the button as the
     * source, and the view state of the page it was on.
     */
    public HttpResponse<String> ajax(String path, String page, String form, String button, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", button);
        body.put("jakarta.faces.partial.execute", form);
        body.put("jakarta.faces.partial.render", "@all");
        body.put(button, button);
        body.put(form, form);
        body.putAll(fields);
        body.put("jakarta.faces.ViewState", viewStateOf(page));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(body)))
                .build());
    }

    /** An API call with a JSON body (or none), and the CSRF header a state change needs. */
    /** An API call as the console's script makes it: the session cookie, and the CSRF token once known. */
    public HttpResponse<String> api(String method, String path, String json) {
        return call(method, path, json, Map.of());
    }

    /** The same, with extra headers, which replace any of the same name. */
    public HttpResponse<String> call(String method, String path, String json, Map<String, String> headers) {
        if (csrfToken == null) {
            get("/api/v1/sessions");
        }
        return call(method, path, json, headers, csrfToken);
    }

    /** An API call as a page of another site can make it: the session cookie goes along, no CSRF token. */
    public HttpResponse<String> callWithoutCsrfToken(
            String method, String path, String json, Map<String, String> headers) {
        return call(method, path, json, headers, null);
    }

    private HttpResponse<String> call(
            String method, String path, String json, Map<String, String> headers, String token) {
        HttpRequest.Builder builder = request(path).header("Accept", "application/json");
        if (token != null) {
            builder.header("X-CSRF-Token", token);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::setHeader);
        return send(builder.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public static JsonObject jsonObject(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public static String viewStateOf(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("The page has no view state");
        }
        return viewState.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The caller's sessions through the API; also picks up the CSRF token the API hands out. */
    public List<JsonObject> sessions() {
        HttpResponse<String> response = get("/api/v1/sessions");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/v1/sessions answered " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class);
        }
    }

    /** The public id of the session this client is using, as the API marks it. */
    public String currentSessionId() {
        return currentSession().getString("id");
    }

    /** The session this client is using, as the API lists it. */
    public JsonObject currentSession() {
        return sessions().stream()
                .filter(s -> s.getBoolean("current"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session is marked current"));
    }

    /** Ends a session through the API, with the CSRF header as the browser's script would send it. */
    public HttpResponse<String> end(String publicId) {
        if (csrfToken == null) {
            sessions();
        }
        return send(request("/api/v1/sessions/" + publicId)
                .header("X-CSRF-Token", csrfToken)
                .DELETE()
                .build());
    }

    public HttpResponse<String> endWithoutCsrfToken(String publicId) {
        return send(request("/api/v1/sessions/" + publicId).DELETE().build());
    }

    /** Replaces the session cookie, as someone guessing or replaying one would. */
    public void useSessionCookie(String value) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public String sessionCookie() {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        // The path as written, after the server's address: resolved, "//evil.example/" would name another server.
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent);
        extraHeaders.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-CSRF-Token").ifPresent(token -> csrfToken = token);
            return response;
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** The attributes of the cookie of that name that the answer sets, lower case, without its value. */
    public static List<String> cookieAttributes(HttpResponse<String> response, String name) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie set: " + response.headers()));
        List<String> parts = Arrays.stream(cookie.split(";"))
                .map(part -> part.trim().toLowerCase(Locale.ROOT))
                .toList();
        return parts.subList(1, parts.size());
    }

    /** Where a redirect sends the client, as a path on the server. */
    public static String redirectPath(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(URI::create)
                .map(URI::getPath)
                .orElse(null);
    }
}
