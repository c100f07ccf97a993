package com.activesessions.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final SessionLimits SERVER = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
    private final Organisation organisation = new Organisation("Navy Labs", Instant.parse("2026-11-25T08:00:00Z"));

    @Test
    void anOrganisationWithoutItsOwnLimitsUsesTheServers() {
        assertEquals(SERVER, organisation.sessionLimits(SERVER));
    }

    @Test
    void anOrganisationsOwnTimeLimitsOverrideTheServersOneByOne() {
        organisation.overrideSessionLimits(Duration.ofMinutes(5), null);

        assertEquals(
                new SessionLimits(Duration.ofMinutes(5), Duration.ofHours(12)), organisation.sessionLimits(SERVER));
    }

    @Test
    void aLimitShorterThanAMinuteOrLongerThanAYearIsRefusedAndTheOldOnesStay() {
        organisation.overrideSessionLimits(Duration.ofMinutes(5), null);

        for (Duration refused : new Duration[] {
            Duration.ZERO,
            Duration.ofSeconds(-5),
            Duration.ofSeconds(59),
            Duration.ofDays(366),
            Duration.ofSeconds(Long.MAX_VALUE)
        }) {
            assertThrows(IllegalArgumentException.class, () -> organisation.overrideSessionLimits(refused, null));
            assertThrows(IllegalArgumentException.class, () -> organisation.overrideSessionLimits(null, refused));
        }
        assertEquals(
                new SessionLimits(Duration.ofMinutes(5), Duration.ofHours(12)), organisation.sessionLimits(SERVER));
        organisation.overrideSessionLimits(Duration.ofMinutes(1), Duration.ofDays(365));
    }
}
