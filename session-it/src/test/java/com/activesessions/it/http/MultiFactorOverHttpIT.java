package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.Caller;
import com.activesessions.it.AuthenticatorApp;
import com.activesessions.it.Deployments;
import com.activesessions.it.SignedUpAccounts;
import com.activesessions.it.TestServer;
import com.activesessions.mfa.application.MfaEnrolment;
import com.activesessions.mfa.application.MfaPolicy;
import com.activesessions.sessions.application.SessionRegistry;
import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MFA as the server answers a client over HTTP: the organisation policy (set through its service,
 * as its admin page will), and wrong codes counted by the sign-in throttle. The tests run inside
 * the server in a probe deployed beside the product, to reach the services; both share the
 * database.
 */
@ExtendWith(ArquillianExtension.class)
class MultiFactorOverHttpIT {

    private static final String FIREFOX =
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    /** The product as it ships, which the tests use over HTTP. */
    @Deployment(name = "product", testable = false, order = 1)
    static EnterpriseArchive product() {
        return Deployments.application();
    }

    /** The tests, beside it, with the services that set the policy and enrol. */
    @Deployment(name = "probe", order = 2)
    static EnterpriseArchive probe() {
        return Deployments.probeWith(
                MultiFactorOverHttpIT.class,
                ConsoleClient.class,
                TestServer.class,
                AuthenticatorApp.class,
                SignedUpAccounts.class);
    }

    @ArquillianResource
    private URL testsUrl;

    @Inject
    private MfaPolicy policy;

    @Inject
    private MfaEnrolment enrolment;

    @Inject
    private SessionRegistry registry;

    @Inject
    private SignedUpAccounts signedUp;

    @Test
    @OperateOnDeployment("probe")
    void underThePolicyAnAccountWithoutMfaIsSentToEnrolmentAndReachesNothingElseUntilDone() throws Exception {
        String email = signedUp.newAccount();
        long organisation = signedUp.organisationOf(email);
        policy.requireMfa(organisation, true);
        ConsoleClient laptop = client();

        laptop.signIn(email, SignedUpAccounts.PASSWORD);

        for (String page : List.of("/", "/dashboard", "/activesession", "/security")) {
            assertEquals("/mfa-setup", redirectPath(laptop.get(page)), page);
        }
        HttpResponse<String> api = laptop.get("/api/v1/sessions");
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("two-factor authentication"), api.body());

        HttpResponse<String> setup = laptop.get("/mfa-setup");
        assertEquals(200, setup.statusCode());
        assertTrue(setup.body().contains("Your organisation requires two-factor authentication"));
        AuthenticatorApp app = new AuthenticatorApp(ConsoleClient.twoFactorKeyOf(setup.body()));
        String before = laptop.sessionCookie();
        HttpResponse<String> done = laptop.confirmTwoFactor(setup.body(), app.nextCode());

        assertTrue(done.body().contains("Two-factor authentication is on."), done.body());
        assertNotEquals(before, laptop.sessionCookie(), "enrolling changes the session id");
        assertEquals(200, laptop.get("/activesession").statusCode());
        assertTrue(registry.activeSessionsOf(email).get(0).signedInWithMfa());
        assertEquals(
                "/mfa",
                redirectPath(client().signIn(email, SignedUpAccounts.PASSWORD)),
                "the next sign-in asks for a code");
    }

    @Test
    @OperateOnDeployment("probe")
    void wrongCodesCountTowardTheSignInThrottleAndThenTheSignInStartsOver() throws Exception {
        String email = signedUp.newAccount();
        AuthenticatorApp app = enrolled(email);
        ConsoleClient guesser = client();
        assertEquals("/mfa", redirectPath(guesser.signIn(email, SignedUpAccounts.PASSWORD)));
        String csrf = find(
                Pattern.compile("name=\"csrf\" value=\"([^\"]+)\""),
                guesser.get("/mfa").body());

        for (int guess = 1; guess < 10; guess++) {
            HttpResponse<String> wrong = guesser.post("/sign-in", Map.of("csrf", csrf, "code", app.wrongCode()));
            assertEquals(
                    "/mfa?failed",
                    URI.create(location(wrong)).getPath() + "?"
                            + URI.create(location(wrong)).getQuery());
        }
        HttpResponse<String> tenth = guesser.post("/sign-in", Map.of("csrf", csrf, "code", app.wrongCode()));

        assertEquals("/login", redirectPath(tenth));
        assertTrue(URI.create(location(tenth)).getQuery().startsWith("throttled="), location(tenth));
        assertEquals(
                "/login",
                redirectPath(guesser.post("/sign-in", Map.of("csrf", csrf, "code", app.nextCode()))),
                "a right code no longer helps: the sign-in starts over");
        assertTrue(URI.create(location(client().signIn(email, SignedUpAccounts.PASSWORD)))
                .getQuery()
                .startsWith("throttled="));
        assertTrue(registry.activeSessionsOf(email).isEmpty());
    }

    @Test
    @OperateOnDeployment("probe")
    void withTwoFactorAuthenticationLoggingOutTheOthersAsksForACodeAsWellAsThePassword() throws Exception {
        String email = signedUp.newAccount();
        Caller enrolling = new Caller(email, SessionIdHash.of(UUID.randomUUID().toString()), "192.0.2.61");
        AuthenticatorApp app = new AuthenticatorApp(enrolment.begin(enrolling).secret());
        List<String> recoveryCodes = enrolment.confirm(enrolling, app.nextCode());
        ConsoleClient laptop = signedInWithCode(email, recoveryCodes.get(0));
        signedInWithCode(email, recoveryCodes.get(1));
        String endOthers = "/api/v1/sessions?scope=others";

        HttpResponse<String> passwordOnly =
                laptop.call("DELETE", endOthers, null, Map.of("X-Password", SignedUpAccounts.PASSWORD));
        HttpResponse<String> wrongCode = laptop.call(
                "DELETE", endOthers, null, Map.of("X-Password", SignedUpAccounts.PASSWORD, "X-MFA-Code", "000000"));

        assertEquals(403, passwordOnly.statusCode(), passwordOnly.body());
        assertTrue(passwordOnly.body().contains("X-MFA-Code"), passwordOnly.body());
        assertEquals(403, wrongCode.statusCode(), wrongCode.body());
        assertEquals(2, registry.activeSessionsOf(email).size(), "nothing was ended");

        HttpResponse<String> withCode = laptop.call(
                "DELETE",
                endOthers,
                null,
                Map.of("X-Password", SignedUpAccounts.PASSWORD, "X-MFA-Code", recoveryCodes.get(2)));
        assertEquals(200, withCode.statusCode(), withCode.body());
        assertEquals(1, registry.activeSessionsOf(email).size());
    }

    private ConsoleClient signedInWithCode(String email, String code) {
        ConsoleClient client = client();
        assertEquals("/", redirectPath(client.signInWithCode(email, SignedUpAccounts.PASSWORD, code)));
        return client;
    }

    private AuthenticatorApp enrolled(String email) throws Exception {
        Caller caller = new Caller(email, SessionIdHash.of(UUID.randomUUID().toString()), "192.0.2.60");
        AuthenticatorApp app = new AuthenticatorApp(enrolment.begin(caller).secret());
        enrolment.confirm(caller, app.nextCode());
        return app;
    }

    private ConsoleClient client() {
        return ConsoleClient.ofServerOf(testsUrl, FIREFOX);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No redirect"));
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("Not on the page: " + pattern + "\n" + page);
        }
        return matcher.group(1);
    }
}
