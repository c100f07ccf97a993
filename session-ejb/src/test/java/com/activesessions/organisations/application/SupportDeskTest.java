package com.activesessions.organisations.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.TestOrganisation;
import com.activesessions.access.application.UnknownAccountException;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A support agent's read-only look at one user, and its record in that user's activity, without a server. */
class SupportDeskTest {

    private final TestOrganisation org = new TestOrganisation();
    private final SupportDesk supportDesk = new SupportDesk(org.accessControl, org.sessions, org.activity, org.clock);
    private final Account agent = org.member(Role.SUPPORT);

    @Test
    void aSupportAgentsLookIsRecordedInTheUsersOwnActivityWithWhoLooked() throws Exception {
        Account user = org.member(Role.USER);
        signedIn(user);

        SupportDesk.SupportCase opened = supportDesk.open(caller(agent), user.getPublicId());

        assertEquals(1, opened.activeSessions().size());
        ActivityEvent newest = org.activity.newestOf(user.getEmail(), 1).get(0);
        assertEquals(ActivityType.SUPPORT_VIEW, newest.getType());
        assertTrue(newest.getDetails().contains(agent.getEmail()), newest.getDetails());
        assertEquals("192.0.2.40", newest.getIpAddress());
        assertFalse(opened.activity().isEmpty());
    }

    @Test
    void anAgentOpensAUserByEmailAsByPublicId() throws Exception {
        Account user = org.member(Role.USER);

        assertEquals(
                user.getPublicId(),
                supportDesk.openByEmail(caller(agent), user.getEmail()).user().id());
        assertEquals(
                "Sessions and activity viewed by " + agent.getName() + " (" + agent.getEmail() + ")",
                org.activity.ofType(ActivityType.SUPPORT_VIEW).get(0).getDetails());
    }

    @Test
    void anotherOrganisationsUserIsUnknownToTheAgentAndNoLookIsRecorded() {
        Account outsider = org.outsider(Role.USER);

        assertThrows(UnknownAccountException.class, () -> supportDesk.open(caller(agent), outsider.getPublicId()));
        assertThrows(UnknownAccountException.class, () -> supportDesk.openByEmail(caller(agent), outsider.getEmail()));

        assertEquals(2, org.activity.ofType(ActivityType.ACCESS_REFUSED).size());
        assertTrue(org.activity.ofType(ActivityType.SUPPORT_VIEW).isEmpty());
    }

    @Test
    void withoutSupportViewNoCaseIsOpened() {
        Account user = org.member(Role.USER);
        Account colleague = org.member(Role.USER);

        assertThrows(AccessDeniedException.class, () -> supportDesk.open(caller(colleague), user.getPublicId()));
        assertTrue(org.activity.ofType(ActivityType.SUPPORT_VIEW).isEmpty());
    }

    private void signedIn(Account account) {
        org.sessions.add(new TrackedSession(
                "session-of-" + account.getPublicId(),
                SessionIdHash.of("id of " + account.getEmail()),
                account,
                new Device("Firefox", "132", "Ubuntu", "Desktop", "Mozilla/5.0"),
                "192.0.2.30",
                TestOrganisation.NOW,
                new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12))));
    }
}
