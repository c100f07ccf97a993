package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.jsonObject;
import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static com.activesessions.it.http.ConsoleClient.viewStateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.Deployments;
import com.activesessions.it.SignedUpAccounts;
import com.activesessions.it.TestServer;
import com.activesessions.mfa.application.MfaEnrolment;
import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.organisations.application.UserAdministration;
import com.activesessions.passwords.domain.PasswordChecksBusyException;
import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every form and call that checks or hashes a password, while the server is checking as many
 * passwords as it may at once ({@link HeldPasswordChecks}): a page says to try again in a moment
 * and keeps its form, the API answers 503 with {@code Retry-After}, and nothing is changed or
 * recorded, nor counted toward the throttle; a moment later the same form or call goes through.
 * The tests run inside the server, in a probe beside the product, to set the accounts up and read
 * the database; the product is used over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class BusyPasswordChecksIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    private static final String PASSWORD = SignedUpAccounts.PASSWORD;
    private static final String NEW_PASSWORD = "a new password nobody has guessed";
    private static final String BUSY = PasswordChecksBusyException.MESSAGE;
    /** What PrimeFaces tells the page's script when validation failed (a dialog waiting on it stays open). */
    private static final Pattern VALIDATION_FAILED = Pattern.compile("validationFailed(&#34;|\")\\s*:\\s*true");

    @Deployment(name = "product", testable = false, order = 1)
    static EnterpriseArchive product() {
        return Deployments.application();
    }

    @Deployment(name = "probe", order = 2)
    static EnterpriseArchive probe() {
        return Deployments.probeWith(
                BusyPasswordChecksIT.class,
                HeldPasswordChecks.class,
                ConsoleClient.class,
                TestServer.class,
                AuthenticatorApp.class,
                SignedUpAccounts.class);
    }

    @ArquillianResource
    private URL testsUrl;

    @Inject
    private SignedUpAccounts signedUp;

    @Inject
    private MfaEnrolment enrolment;

    @Inject
    private MfaPolicy mfaPolicy;

    @Inject
    private UserAdministration users;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource database;

    @Resource
    private ManagedExecutorService executor;

    // Signed in ----------------------------------------------------------------------------------------------------

    @Test
    @OperateOnDeployment("probe")
    void changingThePasswordWhileThePasswordChecksAreBusyAsksToTryAgainAndKeepsTheOldPassword() throws Exception {
        String email = signedUp.newAccount();
        ConsoleClient laptop = signedIn(email);
        ConsoleClient phone = signedIn(email);
        String page = laptop.get("/security").body();
        Map<String, String> form = Map.of(
                "security:currentPassword", PASSWORD,
                "security:newPassword", NEW_PASSWORD,
                "security:confirmation", NEW_PASSWORD);
        String hash = passwordHashOf(email);
        long events = eventsOf(email);

        HttpResponse<String> answer =
                whileBusy(() -> laptop.ajax("/security", page, "security", "security:change", form));

        assertAskedToTryAgain(answer);
        assertEquals(hash, passwordHashOf(email), "the password changed");
        assertEquals(events, eventsOf(email), "something was recorded");
        assertEquals(200, phone.get("/activesession").statusCode(), "the other session was logged out");
        assertEquals("/", redirectPath(client().signIn(email, PASSWORD)), "the old password no longer signs in");
        assertTrue(
                laptop.ajax("/security", page, "security", "security:change", form)
                        .body()
                        .contains("Password changed."),
                "trying again a moment later must work");
    }

    @Test
    @OperateOnDeployment("probe")
    void endingOtherSessionsOnThePageWhileThePasswordChecksAreBusyAsksToTryAgainAndEndsNone() throws Exception {
        String email = signedUp.newAccount();
        ConsoleClient laptop = signedIn(email);
        ConsoleClient phone = signedIn(email);
        String page = laptop.get("/activesession").body();
        Map<String, String> form = Map.of("others:password", PASSWORD);
        long events = eventsOf(email);

        HttpResponse<String> answer =
                whileBusy(() -> laptop.ajax("/activesession", page, "others", "others:confirm", form));

        assertAskedToTryAgain(answer);
        assertTrue(VALIDATION_FAILED.matcher(answer.body()).find(), "the dialog must stay open: " + answer.body());
        assertEquals(200, phone.get("/activesession").statusCode(), "the other session was logged out");
        assertEquals(events, eventsOf(email), "something was recorded");
        assertTrue(laptop.ajax("/activesession", page, "others", "others:confirm", form)
                .body()
                .contains("Logged out 1 other session."));
        assertEquals("/login", redirectPath(phone.get("/activesession")));
    }

    @Test
    @OperateOnDeployment("probe")
    void endingOtherSessionsThroughTheApiWhileThePasswordChecksAreBusyAnswers503WithRetryAfter() throws Exception {
        String email = signedUp.newAccount();
        ConsoleClient laptop = signedIn(email);
        ConsoleClient phone = signedIn(email);
        laptop.sessions();
        Map<String, String> password = Map.of("X-Password", PASSWORD);
        long events = eventsOf(email);

        HttpResponse<String> answer =
                whileBusy(() -> laptop.call("DELETE", "/api/v1/sessions?scope=others", null, password));

        assertProblem503(answer);
        assertEquals(200, phone.get("/activesession").statusCode(), "the other session was ended");
        assertEquals(events, eventsOf(email), "something was recorded");
        HttpResponse<String> later = laptop.call("DELETE", "/api/v1/sessions?scope=others", null, password);
        assertEquals(200, later.statusCode(), later.body());
        assertEquals(1, jsonObject(later).getInt("ended"));
    }

    @Test
    @OperateOnDeployment("probe")
    void turningMfaOffWithThePasswordWhileThePasswordChecksAreBusyAsksToTryAgainAndCountsNoFailure() throws Exception {
        String email = signedUp.newAccount();
        ConsoleClient laptop = signedIn(email);
        // MFA turned on from another device (the probe) once this session is in: no code to type at sign-in
        Caller device = new Caller(email, SessionIdHash.of(UUID.randomUUID().toString()), "192.0.2.70");
        AuthenticatorApp app = new AuthenticatorApp(enrolment.begin(device).secret());
        String recoveryCode = enrolment.confirm(device, app.nextCode()).get(0);
        String page = laptop.get("/security").body();
        assertTrue(page.contains("10 recovery codes left"), page);
        Map<String, String> form = Map.of("mfa:password", PASSWORD, "mfa:recoveryCode", recoveryCode);
        long events = eventsOf(email);

        List<HttpResponse<String>> answers = new ArrayList<>();
        try (HeldPasswordChecks held = busy()) {
            // as many as the throttle allows failures: had one counted, the try after the busy spell would be refused
            for (int attempt = 0; attempt < 10; attempt++) {
                answers.add(laptop.ajax("/security", page, "mfa", "mfa:disableWithRecoveryCode", form));
            }
        }

        answers.forEach(BusyPasswordChecksIT::assertAskedToTryAgain);
        assertTrue(mfaPolicy.statusOf(email).enabled(), "MFA was turned off");
        assertEquals(10, mfaPolicy.statusOf(email).recoveryCodesLeft(), "the recovery code was used up");
        assertEquals(events, eventsOf(email), "something was recorded");
        HttpResponse<String> later = laptop.ajax("/security", page, "mfa", "mfa:disableWithRecoveryCode", form);
        assertFalse(later.body().contains("Too many"), "a busy check was counted as a failure: " + later.body());
        assertFalse(mfaPolicy.statusOf(email).enabled(), "trying again a moment later must work");
    }

    // Administration and set-password links -----------------------------------------------------------------------

    @Test
    @OperateOnDeployment("probe")
    void addingAUserOnThePageWhileThePasswordChecksAreBusyAsksToTryAgainKeepsTheFormAndAddsNobody() throws Exception {
        String administrator = signedUp.newAccount();
        ConsoleClient admin = signedIn(administrator);
        String page = admin.get("/users").body();
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.com";
        Map<String, String> form =
                Map.of("users:name", "Nadia Newcomer", "users:email", newcomer, "users:role_input", "User");

        HttpResponse<String> answer = whileBusy(() -> admin.ajax("/users", page, "users", "users:add", form));

        assertAskedToTryAgain(answer);
        assertTrue(answer.body().contains("value=\"" + newcomer + "\""), "the form lost what was typed");
        assertFalse(accountExists(newcomer), "the user was added");
        assertTrue(admin.ajax("/users", page, "users", "users:add", form).body().contains(newcomer + " is added."));
    }

    @Test
    @OperateOnDeployment("probe")
    void addingAUserThroughTheApiWhileThePasswordChecksAreBusyAnswers503WithRetryAfterAndAddsNobody() throws Exception {
        String administrator = signedUp.newAccount();
        ConsoleClient admin = signedIn(administrator);
        admin.sessions();
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.com";
        String user = "{\"name\":\"Nadia Newcomer\",\"email\":\"" + newcomer + "\",\"role\":\"User\"}";

        HttpResponse<String> answer = whileBusy(() -> admin.api("POST", "/api/v1/admin/users", user));

        assertProblem503(answer);
        assertFalse(accountExists(newcomer), "the user was added");
        HttpResponse<String> later = admin.api("POST", "/api/v1/admin/users", user);
        assertEquals(201, later.statusCode(), later.body());
    }

    @Test
    @OperateOnDeployment("probe")
    void settingAPasswordThroughALinkWhileThePasswordChecksAreBusyAsksToTryAgainAndKeepsTheLinkOpen() throws Exception {
        String administrator = signedUp.newAccount();
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.com";
        String token = users.add(
                        new Caller(
                                administrator,
                                SessionIdHash.of(UUID.randomUUID().toString()),
                                "192.0.2.71"),
                        "Nadia Newcomer",
                        newcomer,
                        "User")
                .token();
        ConsoleClient recipient = client();
        String link = "/set-password?token=" + token;
        String page = recipient.get(link).body();
        long events = eventsOf(newcomer);

        HttpResponse<String> answer = whileBusy(() -> recipient.post(link, setPasswordForm(page)));

        assertAskedToTryAgain(answer);
        assertFalse(answer.body().contains("id=\"closed\""), "the link was closed");
        assertEquals(events, eventsOf(newcomer), "something was recorded");
        HttpResponse<String> later = recipient.post(link, setPasswordForm(answer.body()));
        assertEquals("/login", redirectPath(later), "trying again a moment later must work");
        assertEquals("/", redirectPath(client().signIn(newcomer, NEW_PASSWORD)));
    }

    // Signing up ---------------------------------------------------------------------------------------------------

    @Test
    @OperateOnDeployment("probe")
    void signingUpWhileThePasswordChecksAreBusyAsksToTryAgainAndMakesNoAccount() throws Exception {
        String email = "signing-up-" + UUID.randomUUID() + "@example.com";
        ConsoleClient newcomer = client();

        HttpResponse<String> answer = whileBusy(() -> newcomer.signUp("Nadia Newcomer", email, PASSWORD, "Newcomers"));

        assertAskedToTryAgain(answer);
        assertTrue(answer.body().contains("value=\"" + email + "\""), "the form lost what was typed");
        assertFalse(accountExists(email), "the account was made");
        assertEquals("/login", redirectPath(newcomer.signUp("Nadia Newcomer", email, PASSWORD, "Newcomers")));
        assertTrue(accountExists(email), "the sign-up made no account once the checks were free");
    }

    // Helpers --------------------------------------------------------------------------------------------------------

    /** The answer to what is sent while the password checks are busy. */
    private HttpResponse<String> whileBusy(Callable<HttpResponse<String>> send) throws Exception {
        try (HeldPasswordChecks held = busy()) {
            return send.call();
        }
    }

    /** The page again, saying to try again in a moment. */
    private static void assertAskedToTryAgain(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains(BUSY), answer.body());
    }

    /** The password checks held busy, by an account of its own, watched through another. */
    private HeldPasswordChecks busy() throws Exception {
        String slow = signedUp.newAccount();
        update("UPDATE ACCOUNT SET PASSWORDHASH = ? WHERE EMAIL = ?", HeldPasswordChecks.SLOW_HASH, slow);
        return HeldPasswordChecks.hold(this::client, slow, signedUp.newAccount(), PASSWORD, executor);
    }

    private static void assertProblem503(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("2", answer.headers().firstValue("Retry-After").orElse(null));
        assertEquals(
                "application/problem+json",
                answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = jsonObject(answer);
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("Service Unavailable", problem.getString("title"));
        assertEquals(503, problem.getInt("status"));
        assertEquals(BUSY, problem.getString("detail"));
    }

    private static Map<String, String> setPasswordForm(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("setPassword", "setPassword");
        form.put("setPassword:password", NEW_PASSWORD);
        form.put("setPassword:confirmation", NEW_PASSWORD);
        form.put("setPassword:submit", "");
        form.put("jakarta.faces.ViewState", viewStateOf(page));
        return form;
    }

    private ConsoleClient signedIn(String email) {
        ConsoleClient client = client();
        assertEquals("/", redirectPath(client.signIn(email, PASSWORD)));
        return client;
    }

    private ConsoleClient client() {
        return ConsoleClient.ofServerOf(testsUrl, FIREFOX);
    }

    private String passwordHashOf(String email) throws SQLException {
        return query("SELECT PASSWORDHASH FROM ACCOUNT WHERE EMAIL = ?", email);
    }

    private long eventsOf(String email) throws SQLException {
        return Long.parseLong(query(
                "SELECT COUNT(*) FROM ACTIVITY_EVENT WHERE ACCOUNT_ID = (SELECT ID FROM ACCOUNT WHERE EMAIL = ?)",
                email));
    }

    private boolean accountExists(String email) throws SQLException {
        return !"0".equals(query("SELECT COUNT(*) FROM ACCOUNT WHERE EMAIL = ?", email));
    }

    private String query(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private void update(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
