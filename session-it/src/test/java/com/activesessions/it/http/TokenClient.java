package com.activesessions.it.http;

import com.activesessions.it.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A script calling the API with a personal API token: no cookies, no CSRF token. */
public final class TokenClient {

    private final URI base = TestServer.baseUri();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String token;

    public TokenClient(String token) {
        this.token = token;
    }

    /** A script with a READ token that the signed-in client makes for it, as a person does on the tokens page. */
    public static TokenClient madeBy(ConsoleClient owner, String name) {
        HttpResponse<String> made = owner.call(
                "POST", "/api/v1/tokens", "{\"name\":\"" + name + "\",\"scope\":\"READ\",\"validDays\":7}", Map.of());
        if (made.statusCode() != 201) {
            throw new AssertionError("Making a token answered " + made.statusCode() + ": " + made.body());
        }
        return new TokenClient(ConsoleClient.jsonObject(made).getString("secret"));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path);
    }

    public HttpResponse<String> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "curl/8.5.0")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
