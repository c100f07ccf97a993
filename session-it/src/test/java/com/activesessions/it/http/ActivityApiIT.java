package com.activesessions.it.http;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity and usage API over HTTP: one's own events, the organisation's for those whose role
 * reaches them and no further, and a 400 naming each parameter it cannot read.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void myActivityHoldsMySignInWithItsSession() {
        ConsoleClient alice = signedIn("alice@example.com", "alice-demo-password");
        String session = alice.currentSessionId();

        HttpResponse<String> page = alice.get("/api/v1/activity?type=SIGNED_IN&limit=5");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(json(page).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .anyMatch(event -> session.equals(event.getString("sessionId", null))
                        && "alice@example.com".equals(event.getString("user"))));
    }

    @Test
    void aParameterTheApiCannotReadIsNamedInTheAnswer() {
        ConsoleClient alice = signedIn("alice@example.com", "alice-demo-password");

        assertEquals("type", field(alice.get("/api/v1/activity?type=NOPE")));
        assertEquals("from", field(alice.get("/api/v1/activity?from=2026-13-01")));
        assertEquals("limit", field(alice.get("/api/v1/activity?limit=0")));
        assertEquals("from", field(signedInAdmin().get("/api/v1/admin/usage?to=2026-11-25")));
    }

    @Test
    void anOrganisationsActivityAndUsageAreForItsAdministratorsAndStopAtItsBorder() {
        ConsoleClient alice = signedIn("alice@example.com", "alice-demo-password");
        ConsoleClient stranger = new ConsoleClient(UserAgents.IPHONE);
        String strangerEmail = "stranger-" + UUID.randomUUID() + "@example.net";
        stranger.signUpAndSignIn(
                "Stranger", strangerEmail, "a stranger's passphrase", "Other Org " + UUID.randomUUID());
        ConsoleClient admin = signedInAdmin();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        HttpResponse<String> activity = admin.get("/api/v1/admin/activity?limit=500");
        HttpResponse<String> usage = admin.get("/api/v1/admin/usage?from=" + today + "&to=" + today);

        assertEquals(200, activity.statusCode(), activity.body());
        assertTrue(activity.body().contains("alice@example.com"));
        assertFalse(activity.body().contains(strangerEmail), "another organisation's events");
        assertEquals(200, usage.statusCode(), usage.body());
        assertTrue(usage.body().contains("alice@example.com"));
        assertFalse(usage.body().contains(strangerEmail));
        assertEquals(403, alice.get("/api/v1/admin/activity").statusCode());
        assertEquals(
                403,
                alice.get("/api/v1/admin/usage?from=" + today + "&to=" + today).statusCode());
    }

    private static ConsoleClient signedInAdmin() {
        return signedIn("admin@example.com", "admin-demo-password");
    }

    private static ConsoleClient signedIn(String email, String password) {
        ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(302, client.signIn(email, password).statusCode());
        return client;
    }

    private static String field(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return json(response).getString("field");
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
