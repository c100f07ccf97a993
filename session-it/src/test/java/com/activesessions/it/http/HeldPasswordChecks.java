package com.activesessions.it.http;

import static com.activesessions.it.http.ConsoleClient.redirectPath;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's password checks made busy for certain, as a crowd of sign-ins makes them busy by
 * chance: the server may check one password at a time and waits for no turn (the two settings, as
 * system properties of the server's JVM, which a test running inside it sets), and that one turn is
 * held by a sign-in whose password was stored at {@link #SLOW_HASH}'s rounds, seconds of hashing.
 * The turn is known to be held once another sign-in is sent back as busy; from then on, every
 * password check answers busy until the slow one is done. Closing puts the settings back and waits
 * for it.
 *
 * <p>Not a setting of 0 checks at once: 0 is read as the default, as every other limit of the
 * product reads 0 as "no limit", so a setting of 0 can never shut every sign-in out.
 */
final class HeldPasswordChecks implements AutoCloseable {

    static final String CONCURRENT_CHECKS = "activesessions.sign-in.concurrent-password-checks";
    static final String WAIT_MILLIS = "activesessions.sign-in.busy-wait-millis";

    /** The password of the account that holds the turn. */
    static final String SLOW_PASSWORD = "a crowd of sign-ins at once";

    /**
     * {@link #SLOW_PASSWORD} as {@code Pbkdf2PasswordHash} stores it, at 10,000,000 rounds instead of
     * the product's 600,000: verifying it takes some seconds (PBKDF2 verifies with the rounds the hash
     * was stored with), the time a test needs to be answered while the turn is held.
     */
    static final String SLOW_HASH =
            "PBKDF2WithHmacSHA256:10000000:c2xvdy10by1jaGVjay0xNg==:" + "1x5XaB/fGoohbHQTuR2ZgV97S+c3LHnTPDo+zx2qj9E=";

    private static final Duration SEEN_WITHIN = Duration.ofSeconds(60);

    private final Future<HttpResponse<String>> slowSignIn;

    private HeldPasswordChecks(Future<HttpResponse<String>> slowSignIn) {
        this.slowSignIn = slowSignIn;
    }

    /**
     * Holds the turn, and returns once it is seen held.
     *
     * @param clients a new browser for each use
     * @param slowEmail an account whose stored hash is {@link #SLOW_HASH}
     * @param email another account, signed in to see whether the turn is held
     * @param password its password
     * @param executor where the slow sign-in waits for its answer (a managed one: the test runs in the server)
     */
    static HeldPasswordChecks hold(
            Supplier<ConsoleClient> clients,
            String slowEmail,
            String email,
            String password,
            ExecutorService executor) {
        System.setProperty(CONCURRENT_CHECKS, "1");
        System.setProperty(WAIT_MILLIS, "0");
        HeldPasswordChecks held = new HeldPasswordChecks(executor.submit(() -> {
            HttpResponse<String> answer;
            do {
                // sent back while the sign-in that looks for the turn had it: again
                answer = clients.get().signIn(slowEmail, SLOW_PASSWORD);
            } while (isBusy(answer));
            return answer;
        }));
        Instant giveUp = Instant.now().plus(SEEN_WITHIN);
        while (!isBusy(clients.get().signIn(email, password))) {
            if (held.slowSignIn.isDone() || Instant.now().isAfter(giveUp)) {
                held.close();
                throw new AssertionError("The slow sign-in was never seen holding the turn");
            }
        }
        return held;
    }

    /** Whether a sign-in was sent back because the server was checking as many passwords as it may. */
    static boolean isBusy(HttpResponse<String> signIn) {
        return "/login".equals(redirectPath(signIn))
                && "busy"
                        .equals(URI.create(
                                        signIn.headers().firstValue("Location").orElseThrow())
                                .getQuery());
    }

    /** Puts the settings back, and waits for the slow sign-in, which then signs in. */
    @Override
    public void close() {
        System.clearProperty(CONCURRENT_CHECKS);
        System.clearProperty(WAIT_MILLIS);
        try {
            String landing = redirectPath(slowSignIn.get(2, TimeUnit.MINUTES));
            if (!"/".equals(landing)) {
                throw new AssertionError("The slow sign-in was answered with " + landing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the slow sign-in ran", e);
        } catch (Exception e) {
            throw new AssertionError("The slow sign-in failed", e);
        }
    }
}
