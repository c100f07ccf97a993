package com.activesessions.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where each session is (issue 23), over HTTP against the real server and the real IP database that
 * scripts/geoip.sh fetched (DB-IP Lite, pinned): the client's address is set as a trusted proxy would send it,
 * in X-Forwarded-For, and the place is read back from the API and the pages.
 */
@ExtendWith(ArquillianExtension.class)
class PlacesIT {

    static final String DATABASE = "activesessions.geoip.database";
    static final String TRUSTED_PROXIES = "activesessions.network.trusted-proxies";

    /** Where scripts/geoip.sh (run by session-ejb's build) keeps the setting's value. */
    private static final Path DOWNLOADED = Path.of("../build/geoip/database");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void eachSessionIsPlacedFromItsAddressInTheApiAndOnTheActiveSessionsPage() throws IOException {
        Owner owner = newAccount();
        String peer = owner.client().currentSession().getString("ipAddress");
        try (ServerSettings settings =
                new ServerSettings().set(TRUSTED_PROXIES, peer).set(DATABASE, downloadedDatabase())) {
            ConsoleClient publicIPv4 = signedInFrom(owner, "8.8.8.8");
            ConsoleClient publicIPv6 = signedInFrom(owner, "2a00:1450:4001:082b:0000:0000:0000:200e");
            ConsoleClient privateAddress = signedInFrom(owner, "10.1.2.3");
            ConsoleClient unknown = signedInFrom(owner, "203.0.113.9");

            JsonObject ipv4 = publicIPv4.currentSession();
            JsonObject ipv6 = publicIPv6.currentSession();
            assertEquals("Mountain View, United States", location(ipv4));
            assertEquals("Frankfurt am Main, Germany", location(ipv6));
            assertEquals("2a00:1450:4001:82b::200e", ipv6.getString("ipAddress"), "IPv6 as people write it");
            assertEquals("Local network", location(privateAddress.currentSession()));
            assertNull(location(unknown.currentSession()), "TEST-NET-3 is nowhere");

            String page = owner.client().get("/activesession").body();
            assertTrue(page.contains(">Location<"), "the table has a Location column");
            assertTrue(page.contains("Mountain View, United States"), page);
            assertTrue(page.contains("Frankfurt am Main, Germany"));
            assertTrue(page.contains("2a00:1450:4001:82b::200e"));
            assertTrue(page.contains("IP Geolocation by DB-IP"), "DB-IP's licence asks for the credit");

            String sessionPage =
                    owner.client().get("/session?id=" + ipv4.getString("id")).body();
            assertTrue(sessionPage.contains("Mountain View, United States"), "the session's own page");
        }
    }

    @Test
    void anAdministratorFindsTheOrganisationsSessionsByPlaceAndTheLogRecordsWhereEachSignInCameFrom()
            throws IOException {
        Owner owner = newAccount();
        String peer = owner.client().currentSession().getString("ipAddress");
        try (ServerSettings settings =
                new ServerSettings().set(TRUSTED_PROXIES, peer).set(DATABASE, downloadedDatabase())) {
            String sydney = signedInFrom(owner, "1.1.1.1").currentSessionId();
            signedInFrom(owner, "8.8.8.8");

            List<JsonObject> found = ConsoleClient.jsonObject(
                            owner.client().get("/api/v1/admin/sessions?location=sydney"))
                    .getJsonArray("sessions")
                    .getValuesAs(JsonObject.class);
            assertEquals(
                    List.of(sydney), found.stream().map(s -> s.getString("id")).toList());
            assertEquals("Sydney, Australia", location(found.get(0)));

            List<JsonObject> events = ConsoleClient.jsonObject(owner.client().get("/api/v1/activity?type=SIGNED_IN"))
                    .getJsonArray("events")
                    .getValuesAs(JsonObject.class);
            assertTrue(
                    events.stream().anyMatch(event -> "Sydney, Australia".equals(location(event))), events.toString());
            assertTrue(owner.client().get("/my-activity").body().contains("Sydney, Australia"), "the activity page");
        }
    }

    @Test
    void withNoDatabaseConfiguredThePagesWorkAndShowNoPlace() {
        Owner owner = newAccount();
        try (ServerSettings settings = new ServerSettings().withDefault(DATABASE)) {
            ConsoleClient other = new ConsoleClient(UserAgents.FIREFOX);
            assertEquals(302, other.signIn(owner.email(), PASSWORD).statusCode());

            assertNull(location(other.currentSession()));
            HttpResponse<String> page = owner.client().get("/activesession");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(">IP Address<"));
            assertFalse(page.body().contains(">Location<"), "no column of empty cells");
            assertFalse(page.body().contains("DB-IP"));
            assertEquals(
                    200,
                    owner.client()
                            .get("/session?id=" + other.currentSessionId())
                            .statusCode());
        }
    }

    // Helpers ------------------------------------------------------------------------------------------------

    private static final String PASSWORD = "a passphrase for places";

    /** A new account, the administrator of an organisation of its own, signed in from the test's own address. */
    private record Owner(String email, ConsoleClient client) {}

    private static Owner newAccount() {
        ConsoleClient client = new ConsoleClient(UserAgents.IPHONE);
        String email = "places-" + UUID.randomUUID() + "@example.com";
        client.signUpAndSignIn("Places", email, PASSWORD, "Places " + UUID.randomUUID());
        return new Owner(email, client);
    }

    /** Another session of the owner's account, whose requests come through the trusted proxy from the address. */
    private static ConsoleClient signedInFrom(Owner owner, String address) {
        ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX, Map.of("X-Forwarded-For", address));
        assertEquals(302, client.signIn(owner.email(), PASSWORD).statusCode());
        return client;
    }

    private static String location(JsonObject json) {
        return json.containsKey("location") && !json.isNull("location") ? json.getString("location") : null;
    }

    private static String downloadedDatabase() throws IOException {
        return Files.readString(DOWNLOADED).strip();
    }
}
