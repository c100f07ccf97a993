package com.activesessions.application;

import com.activesessions.domain.model.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Slows password guessing down: after too many failed sign-ins for one e-mail address, or from
 * one IP address, within a window, further sign-ins are refused until the window closes. The
 * check comes before the password is verified, so a refused guess costs no hashing and learns
 * nothing. An e-mail address is counted whether or not an account has it, so being throttled
 * does not tell which accounts exist. A success clears the e-mail's count but not the
 * address's, or signing in to one's own account between guesses would reset it.
 *
 * <p>Counted in memory, per server. The limits are read from MicroProfile Config at each use, so
 * {@code asadmin set-config-property} changes them without a redeployment (once Payara's config
 * cache, 60 seconds by default, has let the old value go):
 *
 * <ul>
 *   <li>{@value #MAX_FAILURES_PER_ACCOUNT} (default 10)
 *   <li>{@value #MAX_FAILURES_PER_ADDRESS} (default 100; behind a proxy every sign-in comes from
 *       its address until trusted proxies are configured, so raise it there, or set 0 to turn it off)
 *   <li>{@value #FAILURE_WINDOW_SECONDS} (default 900)
 * </ul>
 */
@ApplicationScoped
public class SignInThrottle {

    public static final String MAX_FAILURES_PER_ACCOUNT = "activesessions.sign-in.max-failures-per-account";
    public static final String MAX_FAILURES_PER_ADDRESS = "activesessions.sign-in.max-failures-per-address";
    public static final String FAILURE_WINDOW_SECONDS = "activesessions.sign-in.failure-window-seconds";

    private static final int DEFAULT_MAX_FAILURES_PER_ACCOUNT = 10;
    private static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 100;
    private static final long DEFAULT_FAILURE_WINDOW_SECONDS = 900;

    private static final String REFUSED_FOR_ACCOUNT = "Too many failed sign-ins for this account; refused until %s";
    private static final String REFUSED_FOR_ADDRESS = "Too many failed sign-ins from this IP address; refused until %s";

    private final FailureCounts byAccount = new FailureCounts();
    private final FailureCounts byAddress = new FailureCounts();

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Inject
    private ThrottledSignIns throttled;

    /**
     * Checks a sign-in about to be tried. A refusal is recorded in the activity log.
     *
     * @param email the e-mail address given, as typed; may be null
     * @param ipAddress where the sign-in comes from
     * @return empty if it may go ahead, else how long until it may
     */
    public Optional<Duration> check(String email, String ipAddress) {
        Instant now = clock.instant();
        Duration window = window();
        Optional<String> account = accountKey(email);
        Optional<Duration> forAccount =
                account.flatMap(key -> byAccount.refusal(key, now, maxFailuresPerAccount(), window));
        Optional<Duration> forAddress = Optional.ofNullable(ipAddress)
                .flatMap(key -> byAddress.refusal(key, now, maxFailuresPerAddress(), window));
        Optional<Duration> wait =
                Stream.of(forAccount, forAddress).flatMap(Optional::stream).max(Duration::compareTo);
        wait.ifPresent(duration -> throttled.record(
                account.orElse(null),
                ipAddress,
                (forAccount.isPresent() ? REFUSED_FOR_ACCOUNT : REFUSED_FOR_ADDRESS).formatted(now.plus(duration))));
        return wait;
    }

    /** Counts a failed sign-in against the e-mail address given and the IP address it came from. */
    public void failed(String email, String ipAddress) {
        Instant now = clock.instant();
        Duration window = window();
        accountKey(email).ifPresent(key -> byAccount.add(key, now, window));
        if (ipAddress != null) {
            byAddress.add(ipAddress, now, window);
        }
    }

    /** The account has signed in: its failures are forgiven. */
    public void succeeded(String email) {
        accountKey(email).ifPresent(byAccount::clear);
    }

    private static Optional<String> accountKey(String email) {
        return email == null || email.isBlank() || email.length() > Account.MAX_EMAIL_LENGTH
                ? Optional.empty()
                : Optional.of(Account.normalizeEmail(email));
    }

    private int maxFailuresPerAccount() {
        return config.getOptionalValue(MAX_FAILURES_PER_ACCOUNT, Integer.class)
                .orElse(DEFAULT_MAX_FAILURES_PER_ACCOUNT);
    }

    private int maxFailuresPerAddress() {
        return config.getOptionalValue(MAX_FAILURES_PER_ADDRESS, Integer.class)
                .orElse(DEFAULT_MAX_FAILURES_PER_ADDRESS);
    }

    private Duration window() {
        long seconds =
                config.getOptionalValue(FAILURE_WINDOW_SECONDS, Long.class).orElse(DEFAULT_FAILURE_WINDOW_SECONDS);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
