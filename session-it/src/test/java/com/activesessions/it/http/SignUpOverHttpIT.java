package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.ServerSettings;
import com.activesessions.it.UserAgents;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up as a client sees it: an address that has an account gets the answer a free one gets,
 * and sign-ups from one address are throttled.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpOverHttpIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final String OWNERS_PASSWORD = "the owner's own passphrase";
    private static final String THROTTLED = "Too many sign-ups from this address. Try again in 1 hour.";
    private static final Pattern MESSAGE = Pattern.compile("<span role=\"alert\">([^<]*)</span>");
    private static final int TRIES = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aTakenAddressGetsTheStatusRedirectAndPageOfAFreeOneInAboutTheSameTime() {
        String owner = newEmail();
        new ConsoleClient(UserAgents.FIREFOX).signUp("Owner", owner, OWNERS_PASSWORD, "Owner's " + UUID.randomUUID());

        List<Answer> free = new ArrayList<>();
        List<Answer> taken = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            free.add(answerTo(newEmail()));
            taken.add(answerTo(owner.toUpperCase()));
        }

        assertEquals(free.get(0).seen(), taken.get(0).seen());
        Duration fastestFree = fastest(free);
        Duration fastestTaken = fastest(taken);
        System.out.printf(
                "Sign-up: the fastest of %d free took %d ms, of %d taken %d ms%n",
                TRIES, fastestFree.toMillis(), TRIES, fastestTaken.toMillis());
        assertTrue(
                fastestTaken.multipliedBy(3).compareTo(fastestFree) >= 0,
                "a taken address answered in " + fastestTaken.toMillis() + " ms, a free one in "
                        + fastestFree.toMillis() + " ms: the difference tells which is which");
        assertEquals("/", redirectPath(new ConsoleClient(UserAgents.FIREFOX).signIn(owner, OWNERS_PASSWORD)));
        assertEquals("/login", redirectPath(new ConsoleClient(UserAgents.FIREFOX).signIn(owner, PASSWORD)));
    }

    @Test
    void theEleventhSignUpFromOneAddressWithinTheHourIsRefused() {
        String peer = peerAddress();
        try (ServerSettings settings = new ServerSettings()
                .set("activesessions.network.trusted-proxies", peer)
                .withDefault("activesessions.sign-up.max-per-address")) {
            for (int i = 1; i <= 10; i++) {
                HttpResponse<String> accepted = from("198.51.100.10").signUp("Tenth", newEmail(), PASSWORD, "Org " + i);
                assertEquals(302, accepted.statusCode(), "sign-up " + i + " was refused");
            }

            String eleventh = newEmail();
            HttpResponse<String> refused = from("198.51.100.10").signUp("Eleventh", eleventh, PASSWORD, "Org 11");

            assertEquals(200, refused.statusCode(), "the eleventh sign-up was taken");
            assertTrue(refused.body().contains(THROTTLED), refused.body());
            assertTrue(refused.body().contains("value=\"" + eleventh + "\""), "the form lost what was typed");
            assertEquals(
                    "/login",
                    redirectPath(new ConsoleClient(UserAgents.FIREFOX).signIn(eleventh, PASSWORD)),
                    "the refused sign-up made an account");
            assertEquals(
                    "/login",
                    redirectPath(from("198.51.100.11").signUp("Elsewhere", newEmail(), PASSWORD, "Org")),
                    "another address was refused too");
        }
    }

    /** What a client sees of a sign-up's answer, and how long it took. */
    private record Answer(List<Object> seen, Duration took) {}

    private static Answer answerTo(String email) {
        ConsoleClient client = new ConsoleClient(UserAgents.FIREFOX);
        long started = System.nanoTime();
        HttpResponse<String> answer = client.signUp("Someone", email, PASSWORD, "Someone's " + UUID.randomUUID());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String location = answer.headers().firstValue("Location").orElse("");
        String page = location.isEmpty()
                ? answer.body()
                : client.get(pathOf(location)).body();
        Matcher message = MESSAGE.matcher(page);
        return new Answer(
                List.of(answer.statusCode(), location, answer.body(), message.find() ? message.group(1) : "no message"),
                took);
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Duration fastest(List<Answer> answers) {
        return answers.stream().map(Answer::took).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static ConsoleClient from(String address) {
        return new ConsoleClient(UserAgents.FIREFOX, Map.of("X-Forwarded-For", address));
    }

    /** This machine's address as the server sees it: the proxy to trust. */
    private static String peerAddress() {
        ConsoleClient bob = new ConsoleClient(UserAgents.FIREFOX);
        assertEquals("/", redirectPath(bob.signIn("bob@example.com", "bob-demo-password")));
        return bob.currentSession().getString("ipAddress");
    }

    private static String newEmail() {
        return "signing-up-" + UUID.randomUUID() + "@example.com";
    }
}
