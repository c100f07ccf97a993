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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String userAgent;
    private String csrfToken;

    public ConsoleClient(String userAgent) {
        this(TestServer.baseUri(), userAgent);
    }

    /** A client of the server at the given address: a test running inside the server knows it from there. */
    public ConsoleClient(URI base, String userAgent) {
        this.base = base;
        this.userAgent = userAgent;
    }

    /** Opens the login page and posts the form, as a person would. Returns the sign-in's answer. */
    public HttpResponse<String> signIn(String email, String password) {
        Matcher field = CSRF_FIELD.matcher(get("/login").body());
        if (!field.find()) {
            throw new AssertionError("The login page has no CSRF field");
        }
        return post("/sign-in", Map.of("csrf", field.group(1), "email", email, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
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
        return sessions().stream()
                .filter(s -> s.getBoolean("current"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session is marked current"))
                .getString("id");
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
        return HttpRequest.newBuilder(base.resolve(path)).header("User-Agent", userAgent);
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

    /** Where a redirect sends the client, as a path on the server. */
    public static String redirectPath(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(URI::create)
                .map(URI::getPath)
                .orElse(null);
    }
}
