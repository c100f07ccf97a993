package com.activesessions.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void anAdministratorHoldsEveryPermissionAndAUserOnlyThoseOverTheirOwnSessions() {
        Organisation organisation = organisation(1L);

        assertEquals(
                EnumSet.allOf(Permission.class),
                account(Role.ADMIN, organisation).permissions());
        assertEquals(
                Set.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_END_OWN),
                account(Role.USER, organisation).permissions());
    }

    @Test
    void readOnlySeesButCannotActNotEvenOnItsOwnSessions() {
        Account auditor = account(Role.READ_ONLY, organisation(1L));

        assertTrue(auditor.holds(Permission.SESSIONS_VIEW_ALL));
        assertFalse(auditor.holds(Permission.SESSIONS_END_OWN));
        assertTrue(Role.READ_ONLY.permissions().stream()
                .noneMatch(permission ->
                        permission.key().contains(".end.") || permission.key().endsWith(".manage")));
    }

    @Test
    void anAccountOfNoOrganisationNeverHoldsAPermissionOverOthers() {
        Account loner = account(Role.ADMIN, null);

        assertTrue(loner.permissions().stream().noneMatch(Permission::isOrganisationWide));
        assertTrue(loner.holds(Permission.SESSIONS_END_OWN));
    }

    @Test
    void aCustomRoleReplacesTheBuiltInRolesPermissionsAndReturnsToThemWhenTakenAway() {
        Organisation organisation = organisation(1L);
        Account account = account(Role.ADMIN, organisation);
        CustomRole auditor = new CustomRole(organisation, "Auditor", EnumSet.of(Permission.SESSIONS_VIEW_ALL), NOW);

        account.assignRole(auditor);
        assertEquals(Set.of(Permission.SESSIONS_VIEW_ALL), account.permissions());
        assertEquals("Auditor", account.roleName());

        account.assignRole(Role.SUPPORT);
        assertEquals(Role.SUPPORT.permissions(), account.permissions());
    }

    @Test
    void aCustomRoleIsGivenOnlyWithinItsOrganisation() {
        CustomRole theirs = new CustomRole(organisation(2L), "Theirs", EnumSet.of(Permission.USERS_MANAGE), NOW);

        assertThrows(
                IllegalArgumentException.class,
                () -> account(Role.USER, organisation(1L)).assignRole(theirs));
    }

    @Test
    void permissionsAreSpelledWithTheirDottedNames() {
        assertEquals(Permission.SESSIONS_END_ALL, Permission.ofKey("sessions.end.all"));
        assertThrows(IllegalArgumentException.class, () -> Permission.ofKey("sessions.end.everything"));
    }

    @Test
    void everyAccountHasARandomPublicIdThatIsNotItsKeyOrEmail() {
        Account first = account(Role.USER, null);
        Account second = account(Role.USER, null);

        assertEquals(32, first.getPublicId().length());
        assertFalse(first.getPublicId().equals(second.getPublicId()));
    }

    private static Account account(Role role, Organisation organisation) {
        return new Account("someone@example.com", "Someone", "hash", role, NOW, organisation);
    }

    /** An organisation as the database would give it back, with its key. */
    private static Organisation organisation(long id) {
        Organisation organisation = new Organisation("Org " + id, NOW);
        try {
            Field key = Organisation.class.getDeclaredField("id");
            key.setAccessible(true);
            key.set(organisation, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return organisation;
    }
}
