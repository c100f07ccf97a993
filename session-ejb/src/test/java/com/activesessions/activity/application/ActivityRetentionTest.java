package com.activesessions.activity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.MapConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long activity is kept, and how its removal is recorded, without a server. */
class ActivityRetentionTest {

    private static final Instant NOW = TestOrganisation.NOW;

    private final TestOrganisation org = new TestOrganisation();
    private final MapConfig settings = new MapConfig();
    // The schedule runs removeExpired inside TimerWork; the rule is called directly here.
    private final ActivityRetention retention = new ActivityRetention(org.activity, settings, org.clock, null);
    private final Account user = org.member(Role.USER);

    @Test
    void eventsOlderThanTheRetentionAreRemovedAndTheRemovalIsRecordedForTheirOrganisation() {
        settings.set(ActivityRetention.RETENTION_DAYS, 30);
        event(Duration.ofDays(40));
        event(Duration.ofDays(31));
        event(Duration.ofDays(29));

        assertEquals(2, retention.removeExpired());

        ActivityEvent removal = only(ActivityType.EVENTS_REMOVED_BY_RETENTION);
        assertEquals(org.organisation, removal.getOrganisation().orElseThrow());
        assertEquals(
                "2 events older than 30 days (before " + NOW.minus(Duration.ofDays(30)) + ") removed",
                removal.getDetails());
        assertEquals(1, org.activity.ofType(ActivityType.SIGN_IN_FAILED).size(), "the 29-day-old event stays");
    }

    @Test
    void anEventExactlyAsOldAsTheRetentionStays() {
        settings.set(ActivityRetention.RETENTION_DAYS, 30);
        event(Duration.ofDays(30));

        assertEquals(0, retention.removeExpired());
        assertEquals(List.of(), org.activity.ofType(ActivityType.EVENTS_REMOVED_BY_RETENTION));
    }

    @Test
    void oneRemovedEventIsSpokenOfInTheSingular() {
        settings.set(ActivityRetention.RETENTION_DAYS, 7);
        event(Duration.ofDays(8));

        retention.removeExpired();

        assertEquals(
                "1 event older than 7 days (before " + NOW.minus(Duration.ofDays(7)) + ") removed",
                only(ActivityType.EVENTS_REMOVED_BY_RETENTION).getDetails());
    }

    @Test
    void withoutTheSettingEventsAreKeptAYear() {
        event(Duration.ofDays(364));
        event(Duration.ofDays(366));

        assertEquals(1, retention.removeExpired());
    }

    @Test
    void aRetentionOfZeroOrLessKeepsEveryEvent() {
        event(Duration.ofDays(4000));

        for (int days : new int[] {0, -1}) {
            settings.set(ActivityRetention.RETENTION_DAYS, days);
            assertEquals(0, retention.removeExpired());
        }
        assertEquals(1, org.activity.ofType(ActivityType.SIGN_IN_FAILED).size());
    }

    @Test
    void eachOrganisationGetsARecordOfItsOwnRemovalAndEventsOfNoOrganisationGoToo() {
        settings.set(ActivityRetention.RETENTION_DAYS, 30);
        Account outsider = org.outsider(Role.USER);
        event(Duration.ofDays(31));
        org.activity.append(new ActivityEvent(
                NOW.minus(Duration.ofDays(31)), ActivityType.SIGN_IN_FAILED, outsider, null, "203.0.113.1", "old"));
        org.activity.append(new ActivityEvent(
                NOW.minus(Duration.ofDays(31)),
                ActivityType.SIGN_IN_FAILED,
                (Account) null,
                null,
                "203.0.113.2",
                "nobody's"));

        assertEquals(3, retention.removeExpired());

        List<ActivityEvent> removals = org.activity.ofType(ActivityType.EVENTS_REMOVED_BY_RETENTION);
        assertEquals(3, removals.size());
        assertEquals(
                1,
                removals.stream()
                        .filter(removal -> removal.getOrganisation().isEmpty())
                        .count());
        removals.forEach(removal -> assertNull(removal.getAccount()));
    }

    private void event(Duration age) {
        org.activity.append(
                new ActivityEvent(NOW.minus(age), ActivityType.SIGN_IN_FAILED, user, null, "192.0.2.1", "old"));
    }

    private ActivityEvent only(ActivityType type) {
        List<ActivityEvent> events = org.activity.ofType(type);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
