package com.activesessions.signin.application;

import com.activesessions.accounts.domain.Account;
import com.activesessions.signin.application.FailureCounts.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Slows the guessing of a password or a code, wherever one is checked: sign-in and its second
 * step, the password asked again before a sensitive change, turning MFA off, recovery codes. The
 * check comes before the password is verified, so a refused guess costs no hashing and learns
 * nothing.
 *
 * <p>Failures are counted three ways, each with a backoff ({@link FailureCounts}): per account
 * and address (default 10, then one try after 15 minutes, 30, 60…), per address whatever the
 * account (default 100: spraying one password over many accounts), and per account whatever the
 * address (default 100: guessing from many addresses). The last one is what a stranger could use
 * to lock an owner out, so it never refuses an address the account has signed in from before,
 * nor an account with a second factor (its sign-in still has to pass the code, whose failures
 * count per account and address). A success forgives only its own account and address. An e-mail
 * is counted whether or not an account has it, so being throttled does not tell which exist.
 *
 * <p>Counted in memory, per server. The limits are read from MicroProfile Config at each use, so
 * {@code asadmin set-config-property} changes them without a redeployment.
 */
@ApplicationScoped
public class CredentialThrottle {

    public static final String MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS =
            "activesessions.sign-in.max-failures-per-account-and-address";
    public static final String MAX_FAILURES_PER_ACCOUNT = "activesessions.sign-in.max-failures-per-account";
    public static final String MAX_FAILURES_PER_ADDRESS = "activesessions.sign-in.max-failures-per-address";
    public static final String FIRST_WAIT_SECONDS = "activesessions.sign-in.first-wait-seconds";

    static final int DEFAULT_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
    static final int DEFAULT_MAX_FAILURES_PER_ACCOUNT = 100;
    static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 100;
    static final long DEFAULT_FIRST_WAIT_SECONDS = 900;

    static final String REFUSED_FOR_ACCOUNT_AND_ADDRESS =
            "Too many wrong passwords or codes for this account from this address; refused until %s";
    static final String REFUSED_FOR_ACCOUNT =
            "Too many wrong passwords or codes for this account from addresses it never signed in from;"
                    + " refused until %s";
    static final String REFUSED_FOR_ADDRESS = "Too many failed sign-ins from this IP address; refused until %s";

    /** The three rules in force. */
    record Limits(Rule perAccountAndAddress, Rule perAccount, Rule perAddress) {}

    private final FailureCounts byAccountAndAddress = new FailureCounts();
    private final FailureCounts byAccount = new FailureCounts();
    private final FailureCounts byAddress = new FailureCounts();

    private final Clock clock;
    private final Supplier<Limits> limits;
    private final BiPredicate<String, String> exemptFromAccountBound;
    private final ThrottledSignIns throttled;

    /** For the container's proxy. */
    protected CredentialThrottle() {
        this((Clock) null, null, null, null);
    }

    @Inject
    CredentialThrottle(Config config, Clock clock, AccountBoundExemption exemption, ThrottledSignIns throttled) {
        this(clock, () -> limitsOf(config), exemption::applies, throttled);
    }

    CredentialThrottle(
            Clock clock,
            Supplier<Limits> limits,
            BiPredicate<String, String> exemptFromAccountBound,
            ThrottledSignIns throttled) {
        this.clock = clock;
        this.limits = limits;
        this.exemptFromAccountBound = exemptFromAccountBound;
        this.throttled = throttled;
    }

    /**
     * Checks a password or code about to be tried. A refusal is recorded in the activity log.
     *
     * @param email the e-mail address given, as typed; may be null
     * @param ipAddress where the attempt comes from
     * @return empty if it may go ahead, else how long until it may
     */
    public Optional<Duration> check(String email, String ipAddress) {
        Instant now = clock.instant();
        Limits rules = limits.get();
        Optional<String> account = accountKey(email);
        Optional<Duration> forAccountAndAddress = account.flatMap(
                key -> byAccountAndAddress.refusal(pair(key, ipAddress), now, rules.perAccountAndAddress()));
        Optional<Duration> forAddress =
                Optional.ofNullable(ipAddress).flatMap(key -> byAddress.refusal(key, now, rules.perAddress()));
        Optional<Duration> forAccount = account.flatMap(key -> byAccount.refusal(key, now, rules.perAccount()))
                .filter(wait -> !exemptFromAccountBound.test(account.get(), ipAddress));
        Optional<Duration> wait = Stream.of(forAccountAndAddress, forAddress, forAccount)
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
        wait.ifPresent(duration -> throttled.record(
                account.orElse(null),
                ipAddress,
                reason(forAccountAndAddress, forAccount).formatted(now.plus(duration))));
        return wait;
    }

    /** Counts a wrong password or code against the e-mail address given and the address it came from. */
    public void failed(String email, String ipAddress) {
        Instant now = clock.instant();
        Limits rules = limits.get();
        accountKey(email).ifPresent(key -> {
            byAccountAndAddress.add(pair(key, ipAddress), now, rules.perAccountAndAddress());
            byAccount.add(key, now, rules.perAccount());
        });
        if (ipAddress != null) {
            byAddress.add(ipAddress, now, rules.perAddress());
        }
    }

    /**
     * The account's password or code was right from this address: the failures from there are
     * forgiven. Those from elsewhere stay counted, or signing in between guesses would reset them.
     */
    public void succeeded(String email, String ipAddress) {
        accountKey(email).ifPresent(key -> byAccountAndAddress.clear(pair(key, ipAddress)));
    }

    private static String reason(Optional<Duration> forAccountAndAddress, Optional<Duration> forAccount) {
        if (forAccountAndAddress.isPresent()) {
            return REFUSED_FOR_ACCOUNT_AND_ADDRESS;
        }
        return forAccount.isPresent() ? REFUSED_FOR_ACCOUNT : REFUSED_FOR_ADDRESS;
    }

    private static String pair(String account, String ipAddress) {
        return account + " " + ipAddress;
    }

    private static Optional<String> accountKey(String email) {
        return email == null || email.isBlank() || email.length() > Account.MAX_EMAIL_LENGTH
                ? Optional.empty()
                : Optional.of(Account.normalizeEmail(email));
    }

    private static Limits limitsOf(Config config) {
        long seconds = config.getOptionalValue(FIRST_WAIT_SECONDS, Long.class).orElse(DEFAULT_FIRST_WAIT_SECONDS);
        Duration firstWait = Duration.ofSeconds(Math.max(1, seconds));
        return new Limits(
                new Rule(
                        setting(
                                config,
                                MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
                                DEFAULT_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS),
                        firstWait),
                new Rule(setting(config, MAX_FAILURES_PER_ACCOUNT, DEFAULT_MAX_FAILURES_PER_ACCOUNT), firstWait),
                new Rule(setting(config, MAX_FAILURES_PER_ADDRESS, DEFAULT_MAX_FAILURES_PER_ADDRESS), firstWait));
    }

    private static int setting(Config config, String name, int defaultValue) {
        return config.getOptionalValue(name, Integer.class).orElse(defaultValue);
    }
}
