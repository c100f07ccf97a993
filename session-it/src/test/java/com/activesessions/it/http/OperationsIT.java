package com.activesessions.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Asadmin;
import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator relies on: readiness that follows the database, and metrics that count what
 * happened, readable by the server's operators only (the setting activesessions.operators names them).
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String POOL_URL = "resources.jdbc-connection-pool.H2Pool.property.URL";
    private static final Pattern SIGN_INS = Pattern.compile("(?m)^activesessions_sign_ins_total\\{[^}]*\\} ([0-9.]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessIsDownWhileTheDatabaseCannotBeReachedAndUpAgainWhenItCan() {
        ConsoleClient probe = new ConsoleClient("kube-probe/1.30");
        assertEquals(200, probe.get("/health/ready").statusCode());
        String url = Asadmin.run("get", POOL_URL)
                .lines()
                .filter(line -> line.startsWith(POOL_URL + "="))
                .findFirst()
                .orElseThrow()
                .substring(POOL_URL.length() + 1);
        try {
            Asadmin.run("set", POOL_URL + "=jdbc:h2:tcp://127.0.0.1:9/unreachable");

            HttpResponse<String> down = probe.get("/health/ready");

            assertEquals(503, down.statusCode(), down.body());
            try (JsonReader reader = Json.createReader(new StringReader(down.body()))) {
                assertEquals("DOWN", reader.readObject().getString("status"));
            }
        } finally {
            Asadmin.run("set", POOL_URL + "=" + url);
        }
        assertEquals(200, probe.get("/health/ready").statusCode());
    }

    @Test
    void metricsCountEverySignInAndAreForTheServersOperatorsOnly() {
        try (ServerSettings settings = new ServerSettings().set("activesessions.operators", "admin@example.com")) {
            metricsCountEverySignIn();
        }
    }

    private static void metricsCountEverySignIn() {
        ConsoleClient admin = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals(
                302, admin.signIn("admin@example.com", "admin-demo-password").statusCode());
        TokenClient scraper = TokenClient.madeBy(admin, "prometheus");
        double before = signIns(scraper.get("/metrics?scope=application"));

        ConsoleClient alice = new ConsoleClient(UserAgents.IPHONE);
        assertEquals(
                302, alice.signIn("alice@example.com", "alice-demo-password").statusCode());

        HttpResponse<String> after = scraper.get("/metrics?scope=application");
        assertEquals(before + 1, signIns(after), 0.0001);
        assertTrue(after.body().contains("activesessions_sessions_active"), after.body());
        assertNotEquals(200, alice.get("/metrics").statusCode(), "a user reads no metrics");
        assertNotEquals(
                200, new ConsoleClient(UserAgents.FIREFOX).get("/metrics").statusCode());
    }

    @Test
    void aForwardedAddressCountsOnlyOnceItsProxyIsTrustedAndTheSettingAppliesWithoutARedeploy() {
        Map<String, String> forwarded = Map.of("X-Forwarded-For", "203.0.113.9");
        ConsoleClient untrusted = new ConsoleClient(UserAgents.FIREFOX, forwarded);
        assertEquals(
                302, untrusted.signIn("bob@example.com", "bob-demo-password").statusCode());
        String peer = currentAddress(untrusted);
        assertNotEquals("203.0.113.9", peer, "a forged X-Forwarded-For is ignored");

        try (ServerSettings settings = new ServerSettings().set("activesessions.network.trusted-proxies", peer)) {
            ConsoleClient behindProxy = new ConsoleClient(UserAgents.IPHONE, forwarded);
            assertEquals(
                    302,
                    behindProxy.signIn("bob@example.com", "bob-demo-password").statusCode());

            assertEquals("203.0.113.9", currentAddress(behindProxy));
        }
    }

    private static String currentAddress(ConsoleClient client) {
        return client.currentSession().getString("ipAddress");
    }

    private static double signIns(HttpResponse<String> metrics) {
        assertEquals(200, metrics.statusCode(), metrics.body());
        Matcher value = SIGN_INS.matcher(metrics.body());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
