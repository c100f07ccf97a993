package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import com.activesessions.it.UserAgents;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every action over HTTP, as an API client does it: a new organisation signs
 * up, its administrator adds a user of each role (each sets a password through their link and
 * signs in), and each tries each action. What the table allows answers 2xx, the rest 403.
 */
@ExtendWith(ArquillianExtension.class)
class RolesOverHttpIT {

    private static final String PASSWORD = "roles over http passphrase";

    enum Action {
        VIEW_OWN,
        END_OWN,
        VIEW_ALL,
        END_ANY,
        MANAGE_USERS,
        MANAGE_ROLES,
        CHANGE_POLICY,
        VIEW_USAGE,
        VIEW_ALL_ACTIVITY
    }

    private static final Map<String, EnumSet<Action>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("Administrator", EnumSet.allOf(Action.class));
        ALLOWED.put("User", EnumSet.of(Action.VIEW_OWN, Action.END_OWN));
        ALLOWED.put(
                "Read-only", EnumSet.of(Action.VIEW_OWN, Action.VIEW_ALL, Action.VIEW_USAGE, Action.VIEW_ALL_ACTIVITY));
        ALLOWED.put("Support", EnumSet.of(Action.VIEW_OWN, Action.END_OWN));
    }

    private static final Map<String, String> EMAILS = new LinkedHashMap<>();
    private static String victim;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void anOrganisationWithOneUserOfEachRole() {
        String organisation = "Http Roles " + UUID.randomUUID().toString().substring(0, 8);
        String administrator = "http-admin-" + UUID.randomUUID() + "@example.com";
        ConsoleClient admin = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals("/", redirectPath(admin.signUpAndSignIn("Http Admin", administrator, PASSWORD, organisation)));
        EMAILS.put("Administrator", administrator);
        for (String role : List.of("User", "Read-only", "Support")) {
            EMAILS.put(role, addUser(admin, role));
        }
        victim = addUser(admin, "User");
    }

    /** Adds a user of the role through the API, and has them set their password through the link. */
    static String addUser(ConsoleClient administrator, String role) {
        String email = "http-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> added = administrator.api(
                "POST",
                "/api/v1/admin/users",
                "{\"name\":\"Http " + role + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> set = new ConsoleClient(UserAgents.FIREFOX)
                .setPassword(jsonObject(added).getString("setPasswordLink"), PASSWORD);
        assertEquals("/login", redirectPath(set), "setting the password did not lead to login");
        return email;
    }

    @Test
    void everyRoleGetsWhatItsPermissionsAllowAndForbiddenForTheRest() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> member : EMAILS.entrySet()) {
            ConsoleClient client = signedIn(member.getValue());
            for (Action action : Action.values()) {
                int status = attempt(action, client, member.getValue());
                boolean expected = ALLOWED.get(member.getKey()).contains(action);
                if (expected ? status / 100 != 2 : status != 403) {
                    wrong.add(member.getKey() + " × " + action + ": " + status);
                }
            }
        }

        assertEquals(List.of(), wrong, "the role × action table does not hold over HTTP");
    }

    @Test
    void aRefusalIsAProblemDocument() {
        HttpResponse<String> refused = signedIn(EMAILS.get("User")).get("/api/v1/admin/sessions");

        assertEquals(403, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(null));
        assertEquals(403, jsonObject(refused).getInt("status"));
    }

    private static int attempt(Action action, ConsoleClient client, String email) {
        return switch (action) {
            case VIEW_OWN -> client.get("/api/v1/sessions").statusCode();
            case END_OWN ->
                client.api("DELETE", "/api/v1/sessions/" + signedIn(email).currentSessionId(), null)
                        .statusCode();
            case VIEW_ALL ->
                client.get("/api/v1/admin/sessions?sort=user&order=asc").statusCode();
            case END_ANY ->
                client.api(
                                "DELETE",
                                "/api/v1/admin/sessions/" + signedIn(victim).currentSessionId(),
                                null)
                        .statusCode();
            case MANAGE_USERS ->
                client.api(
                                "POST",
                                "/api/v1/admin/users",
                                "{\"name\":\"Someone\",\"email\":\"someone-" + UUID.randomUUID()
                                        + "@example.com\",\"role\":\"User\"}")
                        .statusCode();
            case MANAGE_ROLES ->
                client.api(
                                "POST",
                                "/api/v1/admin/roles",
                                "{\"name\":\"Role "
                                        + UUID.randomUUID().toString().substring(0, 8)
                                        + "\",\"permissions\":[\"sessions.view.own\"]}")
                        .statusCode();
            case CHANGE_POLICY ->
                client.api("PUT", "/api/v1/admin/policy", "{}").statusCode();
            case VIEW_USAGE -> {
                String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
                yield client.get("/api/v1/admin/usage?from=" + today + "&to=" + today)
                        .statusCode();
            }
            case VIEW_ALL_ACTIVITY -> client.get("/api/v1/admin/activity").statusCode();
        };
    }

    private static ConsoleClient signedIn(String email) {
        ConsoleClient client = new ConsoleClient(UserAgents.IPHONE);
        assertEquals("/", redirectPath(client.signIn(email, PASSWORD)));
        return client;
    }
}
