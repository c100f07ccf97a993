package com.activesessions.activity.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.application.ActivityReader.Reach;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityFilter;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.NotAllowedException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Who reads which part of the activity log, and how much at once, without a server. */
class ActivityReaderTest {

    private final TestOrganisation org = new TestOrganisation();
    private final ActivityReader reader =
            new ActivityReader(org.accounts, org.administrators, org.activity, org.sessions, org.clock);
    private final Account administrator = org.member(Role.ADMIN);
    private final Account user = org.member(Role.USER);
    private final Account outsider = org.outsider(Role.ADMIN);

    @Test
    void aPersonReadsTheirOwnEventsAndAnAdministratorTheirOrganisationsButNoOtherOrganisations() {
        event(user);
        event(administrator);
        event(outsider);

        assertEquals(1, reader.count(user.getEmail(), Reach.OWN, ActivityFilter.NONE));
        assertEquals(2, reader.count(administrator.getEmail(), Reach.ORGANISATION, ActivityFilter.NONE));
        assertEquals(
                0,
                reader.count(
                        administrator.getEmail(),
                        Reach.ORGANISATION,
                        new ActivityFilter(outsider.getEmail(), null, null, null, null)));
    }

    @Test
    void aPersonWithoutActivityViewAllIsRefusedTheOrganisationsEvents() {
        assertThrows(
                NotAllowedException.class,
                () -> reader.count(user.getEmail(), Reach.ORGANISATION, ActivityFilter.NONE));
        assertThrows(
                NotAllowedException.class, () -> reader.count("nobody@example.com", Reach.OWN, ActivityFilter.NONE));
    }

    @Test
    void aPageHoldsOneToFiveHundredEventsWhateverIsAskedAndStartsAtTheFirstAtTheEarliest() {
        IntStream.range(0, 501).forEach(i -> event(user));

        assertEquals(
                500,
                reader.find(user.getEmail(), Reach.OWN, ActivityFilter.NONE, 0, 10_000)
                        .size());
        assertEquals(
                1,
                reader.find(user.getEmail(), Reach.OWN, ActivityFilter.NONE, 0, 0)
                        .size());
        assertEquals(
                reader.find(user.getEmail(), Reach.OWN, ActivityFilter.NONE, 0, 3),
                reader.find(user.getEmail(), Reach.OWN, ActivityFilter.NONE, -7, 3));
    }

    @Test
    void anExportOutsideASessionIsRecordedAgainstTheAccountWithWhatWasExported() {
        reader.exportMade(caller(administrator), "Activity CSV type=SIGNED_IN");

        ActivityEvent export = org.activity.ofType(ActivityType.EXPORT_MADE).get(0);
        assertEquals(administrator, export.getAccount());
        assertNull(export.getSessionPublicId());
        assertEquals("Activity CSV type=SIGNED_IN", export.getDetails());
        assertEquals(TestOrganisation.ADDRESS, export.getIpAddress());
    }

    private void event(Account account) {
        org.activity.append(new ActivityEvent(
                TestOrganisation.NOW.minus(Duration.ofMinutes(1)),
                ActivityType.SIGN_IN_FAILED,
                account,
                null,
                "192.0.2.1",
                null));
    }
}
