package com.activesessions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session with the product, as curl with a cookie jar: it signs in through the
 * login form, and calls the API with the CSRF header the API hands out. Redirects are not followed.
 */
final class BrowserSession implements AutoCloseable {

    static final String FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final HttpConnection connection;
    private final String userAgent;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    BrowserSession(URI base, String userAgent) {
        this(new HttpConnection(base.getHost(), base.getPort()), userAgent);
    }

    /** A new browser session (no cookies yet) over a connection that a client keeps for many. */
    BrowserSession(HttpConnection connection, String userAgent) {
        this.connection = connection;
        this.userAgent = userAgent;
    }

    /** Opens the login page and posts its form; true if the product signed the session in. */
    boolean signIn(String email, String password) {
        Matcher field = CSRF_FIELD.matcher(get("/login").body());
        if (!field.find()) {
            throw new IllegalStateException("The login page has no CSRF field");
        }
        Response answer = post("/sign-in", Map.of("csrf", field.group(1), "email", email, "password", password));
        return answer.status() == 302
                && "/".equals(URI.create(answer.header("location")).getPath());
    }

    /** The public id of this session, as the API marks it current. */
    String currentId() {
        Response sessions = get("/api/v1/sessions");
        Matcher session = SESSION.matcher(sessions.body());
        while (session.find()) {
            if (session.group().contains("\"current\":true")) {
                Matcher id = ID.matcher(session.group());
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new IllegalStateException("No session is marked current (HTTP " + sessions.status() + ")");
    }

    /** Ends one of the account's sessions through the API, with the CSRF header. */
    Response end(String publicId) {
        if (csrfToken == null) {
            get("/api/v1/sessions");
        }
        return send("DELETE", "/api/v1/sessions/" + publicId, Map.of("X-CSRF-Token", csrfToken), null);
    }

    Response get(String path) {
        return send("GET", path, Map.of(), null);
    }

    Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    /** The headers that make a request this session's: for a load client's own connections. */
    Map<String, String> headers() {
        return Map.of("Cookie", cookieHeader(), "User-Agent", userAgent);
    }

    private Response send(String method, String path, Map<String, String> extra, String body) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("User-Agent", userAgent);
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookieHeader());
        }
        try {
            Response response = connection.send(method, path, headers, body);
            response.all("set-cookie").forEach(this::keep);
            String token = response.header("x-csrf-token");
            if (token != null) {
                csrfToken = token;
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(
                    pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        connection.close();
    }
}
