package com.activesessions.organisations.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.application.SessionPolicy;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.application.MapConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An organisation's own session time limits over the server's, and their bounds, without a server. */
class OrganisationPolicyTest {

    private static final SessionLimits SERVER = new SessionLimits(Duration.ofMinutes(20), Duration.ofHours(8));

    private final TestOrganisation org = new TestOrganisation();
    private final SessionPolicy serverPolicy = new SessionPolicy(
            new MapConfig()
                    .set("activesessions.session.idle-timeout-seconds", 20 * 60)
                    .set("activesessions.session.lifetime-seconds", 8 * 3600),
            org.clock);
    private final OrganisationPolicy policy =
            new OrganisationPolicy(org.accessControl, serverPolicy, org.activity, org.clock);
    private final Account administrator = org.member(Role.ADMIN);

    @Test
    void withoutItsOwnLimitsAnOrganisationIsShownTheServers() {
        assertEquals(
                new OrganisationPolicy.Limits(Optional.empty(), Optional.empty(), SERVER),
                policy.limits(caller(administrator)));
    }

    @Test
    void anOrganisationsOwnLimitIsKeptBesideTheServersAndTheChangeRecorded() throws Exception {
        policy.change(caller(administrator), Duration.ofMinutes(5), null);

        assertEquals(
                new OrganisationPolicy.Limits(Optional.of(Duration.ofMinutes(5)), Optional.empty(), SERVER),
                policy.limits(caller(administrator)));
        assertEquals(
                new SessionLimits(Duration.ofMinutes(5), Duration.ofHours(8)),
                org.organisation.sessionLimits(serverPolicy.limits()));
        ActivityEvent changed = only(ActivityType.POLICY_CHANGED);
        assertEquals("Idle time-out 300 s, lifetime the server's", changed.getDetails());
        assertEquals(TestOrganisation.ADDRESS, changed.getIpAddress());
    }

    @Test
    void aLimitOfOneMinuteOrOf365DaysIsAllowed() throws Exception {
        policy.change(caller(administrator), Duration.ofMinutes(1), Duration.ofDays(365));

        assertEquals(
                new SessionLimits(Duration.ofMinutes(1), Duration.ofDays(365)), org.organisation.sessionLimits(SERVER));
    }

    @Test
    void aLimitUnderAMinuteOrOverAYearIsRefusedWithTheBoundsAndChangesNothing() throws Exception {
        policy.change(caller(administrator), Duration.ofMinutes(5), Duration.ofHours(1));

        for (Duration refused : new Duration[] {Duration.ofSeconds(59), Duration.ofDays(366), Duration.ZERO}) {
            InvalidChangeException idle = assertThrows(
                    InvalidChangeException.class, () -> policy.change(caller(administrator), refused, null));
            assertThrows(InvalidChangeException.class, () -> policy.change(caller(administrator), null, refused));
            assertEquals("Session time limits are 1 minute to 365 days.", idle.getMessage());
        }
        assertEquals(
                new SessionLimits(Duration.ofMinutes(5), Duration.ofHours(1)), org.organisation.sessionLimits(SERVER));
        assertEquals(1, org.activity.ofType(ActivityType.POLICY_CHANGED).size());
    }

    @Test
    void withoutPolicyManageTheLimitsAreNeitherShownNorChanged() {
        Account reader = org.member(Role.READ_ONLY);

        assertThrows(AccessDeniedException.class, () -> policy.limits(caller(reader)));
        assertThrows(AccessDeniedException.class, () -> policy.change(caller(reader), Duration.ofMinutes(5), null));
        assertEquals(SERVER, org.organisation.sessionLimits(SERVER));
    }

    private ActivityEvent only(ActivityType type) {
        List<ActivityEvent> events = org.activity.ofType(type);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
