package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static com.activesessions.it.http.ConsoleClient.viewStateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Asadmin;
import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every cause that ends a session, one at a time, on a fresh session of a member of a new
 * organisation: whatever ended it, the session's next request is refused and its end is
 * recorded once, with the event type of its cause. Over HTTP, as the member, another of their
 * devices, their administrator, someone replaying their cookie, the clock and an operator
 * restarting the application would; the activity log is read as the organisation's
 * administrator reads it through the API.
 */
@ExtendWith(ArquillianExtension.class)
class EndCausesIT {

    private static final String PASSWORD = "end causes passphrase";
    private static final String NEW_PASSWORD = "end causes passphrase, changed";

    /** The event types that record an end; a hijack signal only when its details say it ended the session. */
    private static final Set<String> END_TYPES = Set.of(
            "SIGNED_OUT",
            "SESSION_ENDED_FROM_ANOTHER_DEVICE",
            "SESSION_ENDED_BY_ADMINISTRATOR",
            "SESSION_REPLACED",
            "SESSION_ENDED_BY_ACCOUNT_CHANGE",
            "SESSION_EXPIRED",
            "SESSION_ENDED_AT_RESTART",
            "HIJACK_SIGNAL");

    /** How long an end may take to be recorded: the restart sweep waits 10 s after the start. */
    private static final Duration RECORDED_WITHIN = Duration.ofSeconds(90);

    /** The name Payara deploys the product under: its application.xml's application-name. */
    private static final String APPLICATION = "active-sessions";

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration LIFETIME = Duration.ofSeconds(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** What ends the session, read as a sentence, and the type of the event that records its end. */
    enum EndCause {
        LOGGED_OUT_WITH_THE_TOP_BAR("its owner logged it out with the top bar", "SIGNED_OUT", EndCausesIT::logOut),
        LOGGED_OUT_THROUGH_THE_API(
                "its owner ended it from itself through the API", "SIGNED_OUT", EndCausesIT::endItself),
        ENDED_FROM_ANOTHER_DEVICE_THROUGH_THE_API(
                "its owner ended it from another device through the API",
                "SESSION_ENDED_FROM_ANOTHER_DEVICE",
                EndCausesIT::endFromAnotherDevice),
        ENDED_FROM_ANOTHER_DEVICE_ON_THE_PAGE(
                "its owner logged it out from another device on the Active Sessions page",
                "SESSION_ENDED_FROM_ANOTHER_DEVICE",
                EndCausesIT::logOutOnThePage),
        DEVICE_LOGGED_OUT_ON_THE_PAGE(
                "another device logged its whole device out on the Active Sessions page",
                "SESSION_ENDED_FROM_ANOTHER_DEVICE",
                EndCausesIT::logOutItsDeviceOnThePage),
        OTHERS_LOGGED_OUT_THROUGH_THE_API(
                "another device logged it out with all the others through the API",
                "SESSION_ENDED_FROM_ANOTHER_DEVICE",
                EndCausesIT::logOutOthers),
        OTHERS_LOGGED_OUT_ON_THE_PAGE(
                "another device logged it out with all the others on the Active Sessions page",
                "SESSION_ENDED_FROM_ANOTHER_DEVICE",
                EndCausesIT::logOutOthersOnThePage),
        ENDED_BY_AN_ADMINISTRATOR(
                "an administrator ended it", "SESSION_ENDED_BY_ADMINISTRATOR", EndCausesIT::endAsAdministrator),
        ENDED_WITH_ALL_ITS_USERS_SESSIONS(
                "an administrator ended it with all of its user's sessions",
                "SESSION_ENDED_BY_ADMINISTRATOR",
                EndCausesIT::endAllOfTheUser),
        REPLACED_AT_THE_CAP(
                "a new sign-in replaced it at the cap (policy END_OLDEST)",
                "SESSION_REPLACED",
                EndCausesIT::signInAtTheCap),
        HIJACK_SIGNAL(
                "another browser used its cookie (the default hijack policy)", "HIJACK_SIGNAL", EndCausesIT::replay),
        PASSWORD_CHANGED(
                "its owner changed the password on another device",
                "SESSION_ENDED_BY_ACCOUNT_CHANGE",
                EndCausesIT::changePassword),
        ACCOUNT_DISABLED(
                "an administrator disabled its account", "SESSION_ENDED_BY_ACCOUNT_CHANGE", EndCausesIT::disable),
        IDLE_EXPIRY(
                "it was idle past its time-out",
                "SESSION_EXPIRED",
                Map.of("activesessions.session.idle-timeout-seconds", IDLE_TIMEOUT.toSeconds()),
                session -> pauseUntil(session.lastRequestAt().plus(IDLE_TIMEOUT).plusSeconds(2))),
        LIFETIME_EXPIRY(
                "it outlived its lifetime",
                "SESSION_EXPIRED",
                Map.of("activesessions.session.lifetime-seconds", LIFETIME.toSeconds()),
                session -> pauseUntil(session.signedInAt().plus(LIFETIME).plusSeconds(1))),
        RESTART("the application restarted without it", "SESSION_ENDED_AT_RESTART", EndCausesIT::restart);

        private final String sentence;
        private final String endEvent;
        private final Map<String, Object> settingsAtSignIn;
        private final Trigger trigger;

        EndCause(String sentence, String endEvent, Trigger trigger) {
            this(sentence, endEvent, Map.of(), trigger);
        }

        EndCause(String sentence, String endEvent, Map<String, Object> settingsAtSignIn, Trigger trigger) {
            this.sentence = sentence;
            this.endEvent = endEvent;
            this.settingsAtSignIn = settingsAtSignIn;
            this.trigger = trigger;
        }

        @Override
        public String toString() {
            return sentence;
        }
    }

    /** Ends the session its own way; returns once the cause has done its work. */
    @FunctionalInterface
    interface Trigger {
        void end(SessionUnderTest session) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EndCause.class)
    void eachEndCauseRefusesTheNextRequestAndRecordsExactlyOneEnd(EndCause cause) throws Exception {
        Member member = Member.ofNewOrganisation();
        SessionUnderTest session;
        try (ServerSettings settings = new ServerSettings()) {
            cause.settingsAtSignIn.forEach(settings::set);
            session = member.signedInSession();
        }

        cause.trigger.end(session);

        assertEquals(401, session.client().get("/api/v1/sessions").statusCode(), cause + ": its next request");
        assertEquals(List.of(cause.endEvent), session.endEvents(), cause + ": the events of its end");
    }

    // Causes ---------------------------------------------------------------------------------------------------------

    /** The console's top bar Log out, posted as its form is. */
    private static void logOut(SessionUnderTest session) {
        String page = session.client().get("/activesession").body();
        HttpResponse<String> out = session.client()
                .post(
                        "/activesession",
                        Map.of("topbar", "topbar", "topbar:logout", "", "jakarta.faces.ViewState", viewStateOf(page)));
        assertEquals("/login", redirectPath(out));
    }

    private static void endItself(SessionUnderTest session) {
        assertEquals(204, session.client().end(session.id()).statusCode());
    }

    private static void endFromAnotherDevice(SessionUnderTest session) {
        assertEquals(204, session.member().signIn().end(session.id()).statusCode());
    }

    /** The Log Out button of the session's row, clicked on another device's Active Sessions page. */
    private static void logOutOnThePage(SessionUnderTest session) {
        ConsoleClient other = session.member().signIn();
        String page = other.get("/activesession").body();
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*data-session=\"" + Pattern.quote(session.id()))
                .matcher(page);
        assertTrue(button.find(), "the page has no Log Out button for the session");
        assertEquals(
                200,
                other.ajax("/activesession", page, "sessions", button.group(1), Map.of())
                        .statusCode());
    }

    /** "Log out this device" on the heading of the session's device, clicked on another device's Active Sessions page. */
    private static void logOutItsDeviceOnThePage(SessionUnderTest session) {
        ConsoleClient other = session.member().signIn();
        String page = other.get("/activesession").body();
        Matcher button =
                Pattern.compile("<button id=\"([^\"]+)\"[^>]*data-device=\"").matcher(page);
        assertTrue(button.find(), "the page has no Log out this device button");
        assertEquals(
                200,
                other.ajax("/activesession", page, "sessions", button.group(1), Map.of())
                        .statusCode());
    }

    /** "Log out all other sessions" on another device's Active Sessions page, with the password typed. */
    private static void logOutOthersOnThePage(SessionUnderTest session) {
        ConsoleClient other = session.member().signIn();
        String page = other.get("/activesession").body();
        assertEquals(
                200,
                other.ajax("/activesession", page, "others", "others:confirm", Map.of("others:password", PASSWORD))
                        .statusCode());
    }

    private static void logOutOthers(SessionUnderTest session) {
        ConsoleClient other = session.member().signIn();
        HttpResponse<String> ended =
                other.call("DELETE", "/api/v1/sessions?scope=others", null, Map.of("X-Password", PASSWORD));
        assertEquals(200, ended.statusCode(), ended.body());
    }

    private static void endAsAdministrator(SessionUnderTest session) {
        ConsoleClient administrator = session.member().administrator();
        assertEquals(
                204,
                administrator
                        .api("DELETE", "/api/v1/admin/sessions/" + session.id(), null)
                        .statusCode());
    }

    private static void endAllOfTheUser(SessionUnderTest session) {
        ConsoleClient administrator = session.member().administrator();
        String path = "/api/v1/admin/users/" + session.member().id() + "/sessions";
        assertEquals(204, administrator.api("DELETE", path, null).statusCode());
    }

    private static void disable(SessionUnderTest session) {
        ConsoleClient administrator = session.member().administrator();
        String path = "/api/v1/admin/users/" + session.member().id() + "/disable";
        assertEquals(204, administrator.api("POST", path, null).statusCode());
    }

    private static void signInAtTheCap(SessionUnderTest session) {
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.session.max-per-user", 1)
                .set("activesessions.session.cap-policy", "END_OLDEST")) {
            session.member().signIn();
        }
    }

    /** Someone who copied the session's cookie uses it from another browser: refused at once. */
    private static void replay(SessionUnderTest session) {
        ConsoleClient thief = new ConsoleClient(UserAgents.IPHONE);
        thief.useSessionCookie(session.client().sessionCookie());
        assertEquals("/login", redirectPath(thief.get("/activesession")));
    }

    private static void changePassword(SessionUnderTest session) {
        ConsoleClient other = session.member().signIn();
        String page = other.get("/security").body();
        Map<String, String> form = Map.of(
                "security:currentPassword", PASSWORD,
                "security:newPassword", NEW_PASSWORD,
                "security:confirmation", NEW_PASSWORD);
        assertEquals(
                200,
                other.ajax("/security", page, "security", "security:change", form)
                        .statusCode());
    }

    /**
     * The application stopped and started again, as an operator does with asadmin: the servlet
     * sessions are gone, and the restart sweep ends their records.
     */
    private static void restart(SessionUnderTest session) {
        Asadmin.run("disable", APPLICATION);
        Asadmin.run("enable", APPLICATION);
        session.endEvents(); // waits for the sweep, 10 s after the start
    }

    /** Waiting is the cause here: a session left alone past its limit. */
    private static void pauseUntil(Instant then) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), then).toMillis()));
    }

    // The member and the session -------------------------------------------------------------------------------------

    /** A member (role User) of a new organisation, whose signed-up holder is its administrator. */
    record Member(String email, String id, String administratorEmail) {

        static Member ofNewOrganisation() {
            String administrator = "end-causes-admin-" + UUID.randomUUID() + "@example.com";
            assertEquals(
                    "/",
                    redirectPath(new ConsoleClient(UserAgents.FIREFOX)
                            .signUpAndSignIn(
                                    "End Causes Admin", administrator, PASSWORD, "End Causes " + UUID.randomUUID())));
            String email = "end-causes-" + UUID.randomUUID() + "@example.com";
            HttpResponse<String> added = signedIn(administrator, UserAgents.FIREFOX)
                    .api(
                            "POST",
                            "/api/v1/admin/users",
                            Json.createObjectBuilder()
                                    .add("name", "Member")
                                    .add("email", email)
                                    .add("role", "User")
                                    .build()
                                    .toString());
            assertEquals(201, added.statusCode(), added.body());
            HttpResponse<String> passwordSet = new ConsoleClient(UserAgents.FIREFOX)
                    .setPassword(jsonObject(added).getString("setPasswordLink"), PASSWORD);
            assertEquals("/login", redirectPath(passwordSet), "the member's password was not set");
            return new Member(email, jsonObject(added).getString("id"), administrator);
        }

        /** The session under test: signed in, its public id noted. */
        SessionUnderTest signedInSession() {
            ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX);
            assertEquals("/", redirectPath(client.signIn(email, PASSWORD)), "the member's sign-in");
            Instant signedInAt = Instant.now();
            String id = client.currentSessionId();
            return new SessionUnderTest(this, client, id, signedInAt, Instant.now());
        }

        /** Another session of the member's, from another device. */
        ConsoleClient signIn() {
            return signedIn(email, UserAgents.IPHONE);
        }

        /** The organisation's administrator, signed in afresh: a restart ends their sessions too. */
        ConsoleClient administrator() {
            return signedIn(administratorEmail, UserAgents.FIREFOX);
        }

        private static ConsoleClient signedIn(String email, String userAgent) {
            ConsoleClient client = new ConsoleClient(userAgent);
            assertEquals("/", redirectPath(client.signIn(email, PASSWORD)), "the sign-in of " + email);
            return client;
        }
    }

    /**
     * The session under test, as its browser holds it.
     *
     * @param signedInAt when its sign-in had answered
     * @param lastRequestAt when its last request (the one that read its id) had answered
     */
    record SessionUnderTest(Member member, ConsoleClient client, String id, Instant signedInAt, Instant lastRequestAt) {

        /**
         * The types of the events that record its end, once there is one (waiting for causes that end
         * it in the background), as the administrator reads the log.
         */
        List<String> endEvents() {
            ConsoleClient administrator = member.administrator();
            Instant deadline = Instant.now().plus(RECORDED_WITHIN);
            List<String> ends = endEventsAsReadBy(administrator);
            while (ends.isEmpty() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for the end of " + id, e);
                }
                ends = endEventsAsReadBy(administrator);
            }
            return ends;
        }

        private List<String> endEventsAsReadBy(ConsoleClient administrator) {
            HttpResponse<String> page = administrator.get("/api/v1/admin/activity?limit=500&user=" + member.email());
            assertEquals(200, page.statusCode(), page.body());
            return jsonObject(page).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                    .filter(event -> id.equals(event.getString("sessionId", null)))
                    .filter(SessionUnderTest::recordsAnEnd)
                    .map(event -> event.getString("type"))
                    .toList();
        }

        private static boolean recordsAnEnd(JsonObject event) {
            String type = event.getString("type");
            return END_TYPES.contains(type)
                    && (!type.equals("HIJACK_SIGNAL")
                            || event.getString("details", "").startsWith("Ended"));
        }
    }
}
