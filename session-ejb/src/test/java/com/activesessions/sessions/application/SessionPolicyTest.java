package com.activesessions.sessions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.sessions.application.SessionPolicy.AddressChange;
import com.activesessions.sessions.application.SessionPolicy.HijackPolicy;
import com.activesessions.sessions.domain.SessionCap;
import com.activesessions.shared.application.MapConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session settings an operator gives, as the rules read them: names, spellings and defaults. */
class SessionPolicyTest {

    private final MapConfig settings = new MapConfig();
    private final SessionPolicy policy =
            new SessionPolicy(settings, Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void withoutSettingsASessionIdlesOutAfterHalfAnHourAndLivesTwelveHoursAtMost() {
        assertEquals(new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12)), policy.limits());
        assertEquals(Duration.ofMinutes(5), policy.idleStatusAfter());
    }

    @Test
    void theTimeLimitsAreSetInSeconds() {
        settings.set("activesessions.session.idle-timeout-seconds", 120)
                .set("activesessions.session.lifetime-seconds", 3600)
                .set("activesessions.session.idle-status-after-seconds", 60);

        assertEquals(new SessionLimits(Duration.ofMinutes(2), Duration.ofHours(1)), policy.limits());
        assertEquals(Duration.ofMinutes(1), policy.idleStatusAfter());
    }

    @Test
    void aTimeLimitOfZeroOrLessKeepsTheDefault() {
        settings.set("activesessions.session.idle-timeout-seconds", 0)
                .set("activesessions.session.lifetime-seconds", -5);

        assertEquals(new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12)), policy.limits());
    }

    @Test
    void withoutSettingsThereIsNoCapAndACapRefusesNewSignIns() {
        assertEquals(0, policy.maxSessionsPerUser());
        assertEquals(SessionCap.Policy.REFUSE_NEW, policy.capPolicy());
    }

    @Test
    void aNegativeCapIsNoCap() {
        settings.set("activesessions.session.max-per-user", -3);

        assertEquals(0, policy.maxSessionsPerUser());
    }

    @ParameterizedTest
    @ValueSource(strings = {"END_OLDEST", "end-oldest", " End-Oldest ", "end_oldest"})
    void theCapPolicyIsReadWhateverItsCaseAndWithHyphensOrUnderscores(String spelled) {
        settings.set("activesessions.session.max-per-user", 2).set("activesessions.session.cap-policy", spelled);

        assertEquals(2, policy.maxSessionsPerUser());
        assertEquals(SessionCap.Policy.END_OLDEST, policy.capPolicy());
    }

    @Test
    void aPolicyThatNamesNoOptionKeepsTheDefault() {
        settings.set("activesessions.session.cap-policy", "end-newest")
                .set("activesessions.hijack.policy", "shrug")
                .set("activesessions.hijack.address-change", "subnet");

        assertEquals(SessionCap.Policy.REFUSE_NEW, policy.capPolicy());
        assertEquals(HijackPolicy.END_ON_OTHER_BROWSER, policy.hijackPolicy());
        assertEquals(AddressChange.NETWORK, policy.hijackAddressChange());
    }

    @Test
    void byDefaultAnotherBrowserEndsASessionAndOnlyAMoveOutOfTheNetworkIsAnAddressChange() {
        assertEquals(HijackPolicy.END_ON_OTHER_BROWSER, policy.hijackPolicy());
        assertEquals(AddressChange.NETWORK, policy.hijackAddressChange());
    }

    @Test
    void theHijackSettingsNameTheirOptions() {
        settings.set("activesessions.hijack.policy", "flag").set("activesessions.hijack.address-change", "any");

        assertEquals(HijackPolicy.FLAG, policy.hijackPolicy());
        assertEquals(AddressChange.ANY, policy.hijackAddressChange());

        settings.set("activesessions.hijack.policy", "END");

        assertEquals(HijackPolicy.END, policy.hijackPolicy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", " True ", "no", "off", "0", ""})
    void trackingIsOnUnlessTheSettingSaysFalse(String value) {
        settings.set("activesessions.tracking.enabled", value);
        policy.perRequestSettings();

        assertTrue(policy.trackingEnabled());
    }

    @Test
    void trackingIsOnWithoutTheSettingAndOffWhenItSaysFalse() {
        policy.perRequestSettings();
        assertTrue(policy.trackingEnabled());

        SessionPolicy off =
                new SessionPolicy(new MapConfig().set("activesessions.tracking.enabled", " False "), Clock.systemUTC());
        off.perRequestSettings();

        assertFalse(off.trackingEnabled());
    }
}
