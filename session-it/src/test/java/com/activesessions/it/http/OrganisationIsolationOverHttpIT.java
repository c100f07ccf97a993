package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two organisations over HTTP. The administrator of one tries each way into the other: a page
 * parameter, a Faces AJAX post carrying the other's id, a REST call. Each is refused as if the
 * thing did not exist, the other organisation's session goes on working, and the attempt shows
 * as "Access refused" in the administrator's own activity.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIsolationOverHttpIT {

    private static final String PASSWORD = "isolation passphrase";
    private static final String NO_SUCH_USER = "No such user in your organisation.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private ConsoleClient intruder;
    private ConsoleClient outsider;
    private String outsidersEmail;
    private String outsidersId;
    private String outsidersSession;

    @BeforeEach
    void twoOrganisations() {
        intruder = new ConsoleClient(UserAgents.FIREFOX);
        signUp(intruder, "intruder");
        outsider = new ConsoleClient(UserAgents.IPHONE);
        outsidersEmail = signUp(outsider, "outsider");
        JsonObject outsidersAccount =
                ConsoleClient.jsonArray(outsider.get("/api/v1/admin/users")).getJsonObject(0);
        outsidersId = outsidersAccount.getString("id");
        outsidersSession = outsider.currentSessionId();
    }

    @Test
    void aRestCallOnAnotherOrganisationsSessionOrUserIsAnsweredNotFoundAndRecorded() {
        HttpResponse<String> foreignSession =
                intruder.api("DELETE", "/api/v1/admin/sessions/" + outsidersSession, null);
        HttpResponse<String> unknownSession = intruder.api("DELETE", "/api/v1/admin/sessions/no-such-session", null);
        HttpResponse<String> foreignUser =
                intruder.api("DELETE", "/api/v1/admin/users/" + outsidersId + "/sessions", null);
        HttpResponse<String> listed = intruder.get("/api/v1/admin/sessions?user=" + outsidersEmail);

        assertEquals(404, foreignSession.statusCode());
        assertEquals(unknownSession.body(), foreignSession.body(), "a foreign id tells more than an unknown one");
        assertEquals(404, foreignUser.statusCode());
        assertEquals(0, jsonObject(listed).getInt("total"));
        assertOutsiderStillSignedIn();
        assertRefusalShown(outsidersSession);
        assertRefusalShown(outsidersId);
    }

    @Test
    void aPageParameterNamingAnotherOrganisationsUserShowsNothingOfThemAndIsRecorded() {
        String page = intruder.get("/support?user=" + outsidersId).body();

        assertTrue(page.contains(NO_SUCH_USER), "no refusal on the page");
        assertFalse(page.contains(outsidersEmail), "the page shows the other organisation's user");
        assertFalse(page.contains("case-title"));
        assertRefusalShown(outsidersId);
    }

    @Test
    void aFacesAjaxPostCarryingAnotherOrganisationsUserIsRefusedAndRecorded() {
        String page = intruder.get("/support").body();

        HttpResponse<String> answer =
                intruder.ajax("/support", page, "support", "support:open", Map.of("support:email", outsidersEmail));

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains(NO_SUCH_USER), answer.body());
        assertFalse(answer.body().contains("case-title"), "the other organisation's user was opened");
        assertOutsiderStillSignedIn();
        assertRefusalShown(outsidersEmail);
    }

    @Test
    void aBadSortOrFilterIsRefusedWithTheReasonNeverRunAsAQuery() {
        for (String query : new String[] {
            "sort=email;DROP%20TABLE%20ACCOUNT", "order=sideways", "status=GONE", "from=yesterday", "size=100000"
        }) {
            HttpResponse<String> answer = intruder.get("/api/v1/admin/sessions?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertEquals(
                    "application/problem+json",
                    answer.headers().firstValue("Content-Type").orElse(null));
        }
    }

    private void assertOutsiderStillSignedIn() {
        assertEquals(200, outsider.get("/activesession").statusCode(), "the other organisation's session ended");
    }

    /** The intruder's own dashboard lists the refusal, naming what was tried. */
    private void assertRefusalShown(String target) {
        String dashboard = intruder.get("/dashboard").body();
        assertTrue(
                dashboard.contains("Access refused") && dashboard.contains(target),
                "no refused access naming " + target + " in the activity");
    }

    private static String signUp(ConsoleClient client, String who) {
        String email = who + "-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> signedUp =
                client.signUpAndSignIn("Isolation " + who, email, PASSWORD, who + " org " + UUID.randomUUID());
        assertEquals("/", redirectPath(signedUp));
        return email;
    }
}
