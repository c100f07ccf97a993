package com.activesessions.signin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.signin.application.CredentialThrottle.Limits;
import com.activesessions.signin.application.FailureCounts.Rule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The throttle's rules, without a server: who is refused, who is not, and what is recorded. */
class CredentialThrottleTest {

    private static final Duration FIRST_WAIT = Duration.ofMinutes(15);
    private static final String OWNER = "alice@example.com";
    private static final String USUAL = "198.51.100.7";
    private static final String STRANGER = "203.0.113.66";

    private static final Instant T0 = Instant.parse("2026-12-04T18:00:00Z");

    private final List<String> recorded = new ArrayList<>();
    private final Set<String> ownersAddresses = Set.of(USUAL);
    private final ThrottledSignIns record = new ThrottledSignIns() {
        @Override
        public void record(String email, String ipAddress, String details) {
            recorded.add(details);
        }
    };
    private final CredentialThrottle throttle = new CredentialThrottle(
            Clock.fixed(T0, ZoneOffset.UTC),
            () -> new Limits(new Rule(10, FIRST_WAIT), new Rule(100, FIRST_WAIT), new Rule(100, FIRST_WAIT)),
            (email, address) -> email.equals(OWNER) && ownersAddresses.contains(address),
            record);

    @Test
    void tenWrongPasswordsFromOneAddressRefuseThatAddressButNotTheOwnersOwn() {
        IntStream.range(0, 10).forEach(i -> throttle.failed(OWNER, STRANGER));

        assertEquals(Optional.of(FIRST_WAIT), throttle.check(OWNER.toUpperCase(), STRANGER));
        assertEquals(Optional.empty(), throttle.check(OWNER, USUAL));
        assertEquals(Optional.empty(), throttle.check(OWNER, "192.0.2.9"), "nor any other address");
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0).startsWith("Too many wrong passwords or codes for this account from this address"));
    }

    @Test
    void aHundredFailuresFromManyAddressesRefuseNewAddressesButNeverTheOnesTheOwnerSignedInFrom() {
        IntStream.range(0, 100).forEach(i -> throttle.failed(OWNER, "203.0.113." + i));

        assertTrue(throttle.check(OWNER, "192.0.2.200").isPresent(), "a new address is refused");
        assertEquals(Optional.empty(), throttle.check(OWNER, USUAL), "the owner's usual address is not");
        assertTrue(recorded.get(0).contains("from addresses it never signed in from"), recorded.toString());
    }

    @Test
    void aSuccessForgivesItsOwnAddressOnly() {
        IntStream.range(0, 10).forEach(i -> {
            throttle.failed(OWNER, STRANGER);
            throttle.failed(OWNER, USUAL);
        });

        throttle.succeeded(OWNER, USUAL);

        assertEquals(Optional.empty(), throttle.check(OWNER, USUAL));
        assertTrue(throttle.check(OWNER, STRANGER).isPresent());
    }

    @Test
    void aHundredFailuresFromOneAddressRefuseEveryAccountFromThereButNotFromElsewhere() {
        IntStream.range(0, 100).forEach(i -> throttle.failed("guess-" + i + "@example.com", STRANGER));

        assertTrue(throttle.check("someone-else@example.com", STRANGER).isPresent());
        assertEquals(Optional.empty(), throttle.check("someone-else@example.com", USUAL));
    }

    @Test
    void limitsChangedInTheSettingsApplyAtTheNextCheckToTheFailuresAlreadyCounted() {
        AtomicReference<Limits> settings = new AtomicReference<>(
                new Limits(new Rule(10, FIRST_WAIT), new Rule(100, FIRST_WAIT), new Rule(100, FIRST_WAIT)));
        CredentialThrottle adjustable = new CredentialThrottle(
                Clock.fixed(T0, ZoneOffset.UTC), settings::get, (email, address) -> false, record);
        IntStream.range(0, 5).forEach(i -> adjustable.failed(OWNER, STRANGER));
        assertEquals(Optional.empty(), adjustable.check(OWNER, STRANGER));

        settings.set(new Limits(new Rule(5, FIRST_WAIT), new Rule(100, FIRST_WAIT), new Rule(100, FIRST_WAIT)));

        assertEquals(Optional.of(FIRST_WAIT), adjustable.check(OWNER, STRANGER));
    }

    @Test
    void anAddressThatIsNoEmailIsCountedByItsAddressOnly() {
        IntStream.range(0, 10).forEach(i -> throttle.failed(null, STRANGER));

        assertEquals(Optional.empty(), throttle.check(null, STRANGER));
        assertEquals(Optional.empty(), throttle.check(OWNER, STRANGER));
    }
}
