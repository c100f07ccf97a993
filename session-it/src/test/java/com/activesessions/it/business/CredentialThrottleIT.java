package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.it.Deployments;
import com.activesessions.organisations.application.DemoAccounts;
import com.activesessions.signin.application.CredentialThrottle;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The throttle in the real Payara, with the default limits of its MicroProfile Config settings:
 * ten failures per account and address, a hundred per address, a hundred per account from
 * addresses it never signed in from, then a wait of fifteen minutes that doubles. This deployment
 * has a throttle of its own, so the accounts it throttles stay open to the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialThrottleIT {

    /** The demo administrator: the record of a refusal needs an account, and no other test uses it. */
    private static final String ACCOUNT = DemoAccounts.ACCOUNTS.get(2).email();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(CredentialThrottleIT.class);
    }

    @Inject
    private CredentialThrottle throttle;

    @Inject
    private ActivityLog activityLog;

    @Test
    void theTenthFailureForAnAccountRefusesItFromThatAddressOnlyAndTheRefusalIsRecorded() {
        IntStream.range(0, 9).forEach(i -> throttle.failed(ACCOUNT, "192.0.2.1"));
        assertEquals(Optional.empty(), throttle.check(ACCOUNT, "192.0.2.1"));

        throttle.failed(ACCOUNT, "192.0.2.1");

        Optional<Duration> wait = throttle.check(ACCOUNT.toUpperCase(), "192.0.2.1");
        assertTrue(wait.isPresent());
        assertTrue(wait.get().compareTo(Duration.ofMinutes(15)) <= 0, wait.get().toString());
        assertEquals(Optional.empty(), throttle.check(ACCOUNT, "198.51.100.1"), "a stranger locks out no one else");
        ActivityEvent newest = activityLog.newestOf(ACCOUNT, 1).get(0);
        assertEquals(ActivityType.SIGN_IN_THROTTLED, newest.getType());
        assertEquals("192.0.2.1", newest.getIpAddress());
        assertTrue(newest.getDetails().contains("for this account from this address"), newest.getDetails());
    }

    @Test
    void aSuccessForgivesTheFailuresFromItsAddress() {
        String email = madeUpEmail();
        IntStream.range(0, 10).forEach(i -> throttle.failed(email, "192.0.2.2"));
        assertTrue(throttle.check(email, "192.0.2.2").isPresent());

        throttle.succeeded(email, "192.0.2.2");

        assertEquals(Optional.empty(), throttle.check(email, "192.0.2.2"));
    }

    @Test
    void theHundredthFailureFromOneAddressRefusesEveryAccountFromThereButNotFromElsewhere() {
        IntStream.range(0, 99).forEach(i -> throttle.failed(madeUpEmail(), "192.0.2.3"));
        assertEquals(Optional.empty(), throttle.check(madeUpEmail(), "192.0.2.3"));

        throttle.failed(madeUpEmail(), "192.0.2.3");
        String someoneElse = madeUpEmail();
        throttle.succeeded(someoneElse, "192.0.2.3");

        assertTrue(throttle.check(someoneElse, "192.0.2.3").isPresent());
        assertFalse(throttle.check(someoneElse, "192.0.2.4").isPresent());
    }

    private static String madeUpEmail() {
        return "guess-" + UUID.randomUUID() + "@example.com";
    }
}
