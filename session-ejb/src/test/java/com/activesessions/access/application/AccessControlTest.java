package com.activesessions.access.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.shared.application.NotAllowedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one check of who may do what, and within which organisation, without a server. */
class AccessControlTest {

    private final TestOrganisation org = new TestOrganisation();
    private final AccessControl accessControl = org.accessControl;

    @Test
    void aCallerWhoseRoleHoldsThePermissionIsAnsweredWithTheirOrganisation() {
        Account administrator = org.member(Role.ADMIN);

        assertSame(org.organisation, accessControl.require(caller(administrator), Permission.USERS_MANAGE));
        assertSame(administrator, accessControl.requireAccount(caller(administrator), Permission.USERS_MANAGE));
        assertTrue(org.activity.ofType(ActivityType.ACCESS_REFUSED).isEmpty());
    }

    @Test
    void aCallerWithoutThePermissionIsRefusedAndTheRefusalIsRecordedWithWhatWasLacking() {
        Account user = org.member(Role.USER);

        assertThrows(AccessDeniedException.class, () -> accessControl.require(caller(user), Permission.USERS_MANAGE));

        ActivityEvent refusal = onlyRefusal();
        assertSame(user, refusal.getAccount());
        assertEquals("Lacks users.manage", refusal.getDetails());
        assertEquals(TestOrganisation.ADDRESS, refusal.getIpAddress());
    }

    @Test
    void aDisabledAccountHoldsNothingNotEvenOverItsOwnSessions() {
        Account administrator = org.member(Role.ADMIN);
        administrator.disable();

        assertThrows(
                AccessDeniedException.class,
                () -> accessControl.require(caller(administrator), Permission.SESSIONS_VIEW_OWN));
        assertEquals(Set.of(), accessControl.permissionsOf(administrator.getEmail()));
        assertThrows(
                NotAllowedException.class,
                () -> org.administrators.organisationAdministeredBy(administrator.getEmail(), Permission.USAGE_VIEW));
    }

    @Test
    void aCallerWithNoAccountIsRefusedAndRecordedWithoutOne() {
        Caller stranger = new Caller("nobody@example.com", SessionIdHash.of("forged"), "203.0.113.66");

        assertThrows(AccessDeniedException.class, () -> accessControl.require(stranger, Permission.SESSIONS_VIEW_OWN));

        assertNull(onlyRefusal().getAccount());
        assertEquals(Set.of(), accessControl.permissionsOf("nobody@example.com"));
    }

    @Test
    void aCustomRoleGrantsExactlyItsPermissions() {
        Account auditor = org.member("Auditor", Set.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_VIEW_ALL));

        assertEquals(
                Set.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_VIEW_ALL),
                accessControl.permissionsOf(auditor.getEmail()));
        assertThrows(
                AccessDeniedException.class, () -> accessControl.require(caller(auditor), Permission.SESSIONS_END_OWN));
    }

    @Test
    void aChangedRoleAppliesAtTheNextCheck() {
        Account user = org.member(Role.USER);
        assertThrows(
                AccessDeniedException.class, () -> accessControl.require(caller(user), Permission.SESSIONS_VIEW_ALL));

        user.assignRole(Role.READ_ONLY);

        assertSame(org.organisation, accessControl.require(caller(user), Permission.SESSIONS_VIEW_ALL));
    }

    @Test
    void anAccountOfTheCallersOrganisationIsFoundByPublicIdAndByEmail() throws Exception {
        Account administrator = org.member(Role.ADMIN);
        Account user = org.member(Role.USER);

        assertSame(
                user, accessControl.accountByPublicId(caller(administrator), administrator, user.getPublicId(), "see"));
        assertSame(
                user,
                accessControl.accountByEmail(
                        caller(administrator), administrator, user.getEmail().toUpperCase(), "see"));
    }

    @Test
    void anAccountOfAnotherOrganisationIsAnsweredAsUnknownAndTheAttemptIsRecorded() {
        Account administrator = org.member(Role.ADMIN);
        Account outsider = org.outsider(Role.USER);

        assertThrows(
                UnknownAccountException.class,
                () -> accessControl.accountByPublicId(
                        caller(administrator), administrator, outsider.getPublicId(), "disable"));
        assertThrows(
                UnknownAccountException.class,
                () -> accessControl.accountByEmail(
                        caller(administrator), administrator, outsider.getEmail(), "open the support view of"));

        assertEquals(
                List.of(
                        "Tried to disable " + outsider.getPublicId() + ", of another organisation",
                        "Tried to open the support view of " + outsider.getEmail() + ", of another organisation"),
                org.activity.ofType(ActivityType.ACCESS_REFUSED).stream()
                        .map(ActivityEvent::getDetails)
                        .toList());
    }

    @Test
    void anAccountThatIsNowhereIsUnknownAndNothingIsRecorded() {
        Account administrator = org.member(Role.ADMIN);

        for (String name : new String[] {"no-such-id", "", null}) {
            assertThrows(
                    UnknownAccountException.class,
                    () -> accessControl.accountByPublicId(caller(administrator), administrator, name, "disable"));
        }
        assertTrue(org.activity.ofType(ActivityType.ACCESS_REFUSED).isEmpty());
    }

    @Test
    void anAccountOfNoOrganisationFindsNoOtherAccount() {
        Account loner =
                org.accounts.add(new Account("loner@example.com", "Loner", "hash", Role.ADMIN, TestOrganisation.NOW));
        Account user = org.member(Role.USER);

        assertThrows(
                UnknownAccountException.class,
                () -> accessControl.accountByPublicId(caller(loner), loner, user.getPublicId(), "disable"));
        assertThrows(AccessDeniedException.class, () -> accessControl.require(caller(loner), Permission.USERS_MANAGE));
    }

    @Test
    void onlyAnAccountHoldingTheOrganisationWidePermissionReadsItsOrganisationsActivityAndUsage() {
        Account reader = org.member(Role.READ_ONLY);
        Account user = org.member(Role.USER);

        assertSame(
                org.organisation,
                org.administrators.organisationAdministeredBy(
                        reader.getEmail().toUpperCase(), Permission.ACTIVITY_VIEW_ALL));
        assertThrows(
                NotAllowedException.class,
                () -> org.administrators.organisationAdministeredBy(user.getEmail(), Permission.ACTIVITY_VIEW_ALL));
        assertThrows(
                NotAllowedException.class,
                () -> org.administrators.organisationAdministeredBy("nobody@example.com", Permission.USAGE_VIEW));
    }

    private ActivityEvent onlyRefusal() {
        List<ActivityEvent> refusals = org.activity.ofType(ActivityType.ACCESS_REFUSED);
        assertEquals(1, refusals.size(), refusals.toString());
        return refusals.get(0);
    }
}
