package com.activesessions.access.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.RoleCatalogue.RoleDescription;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.InvalidChangeException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The roles an organisation's administrators define and give, without a server. */
class RoleAdministrationTest {

    private final TestOrganisation org = new TestOrganisation();
    private final RoleCatalogue catalogue = new RoleCatalogue(org.customRoles);
    private final RoleAdministration roles =
            new RoleAdministration(org.accessControl, catalogue, org.customRoles, org.activity, org.clock);
    private final Account administrator = org.member(Role.ADMIN);

    @Test
    void aDefinedRoleIsListedAfterTheBuiltInOnesAndItsDefinitionIsRecorded() throws Exception {
        roles.define(
                caller(administrator),
                "  Auditor ",
                EnumSet.of(Permission.SESSIONS_VIEW_ALL, Permission.SESSIONS_VIEW_OWN));

        assertEquals(
                List.of(
                        new RoleDescription("User", Role.USER.permissions(), true),
                        new RoleDescription("Administrator", Role.ADMIN.permissions(), true),
                        new RoleDescription("Read-only", Role.READ_ONLY.permissions(), true),
                        new RoleDescription("Support", Role.SUPPORT.permissions(), true),
                        new RoleDescription(
                                "Auditor", Set.of(Permission.SESSIONS_VIEW_OWN, Permission.SESSIONS_VIEW_ALL), false)),
                roles.roles(caller(administrator)));
        assertEquals(
                "Auditor: sessions.view.own, sessions.view.all",
                only(ActivityType.ROLE_DEFINED).getDetails());
    }

    @Test
    void aRolesNameHasOneToSixtyCharacters() {
        for (String name : new String[] {null, " ", "x".repeat(61)}) {
            InvalidChangeException refused = assertThrows(
                    InvalidChangeException.class,
                    () -> roles.define(caller(administrator), name, EnumSet.of(Permission.SESSIONS_VIEW_OWN)));
            assertEquals("A role's name has 1 to 60 characters.", refused.getMessage());
        }
    }

    @Test
    void aRoleHasAtLeastOnePermission() {
        InvalidChangeException refused = assertThrows(
                InvalidChangeException.class, () -> roles.define(caller(administrator), "Nothing", Set.of()));

        assertEquals("Choose at least one permission.", refused.getMessage());
    }

    @Test
    void aBuiltInRolesNameOrAnExistingOneCannotBeTakenAgain() throws Exception {
        roles.define(caller(administrator), "Auditor", EnumSet.of(Permission.SESSIONS_VIEW_ALL));

        for (String taken : new String[] {"administrator", " Read-only", "Auditor"}) {
            InvalidChangeException refused = assertThrows(
                    InvalidChangeException.class,
                    () -> roles.define(caller(administrator), taken, EnumSet.of(Permission.USAGE_VIEW)));
            assertEquals("There is a role named " + taken.strip() + " already.", refused.getMessage());
        }
    }

    @Test
    void aRoleGivenIsHeldAtOnceAndTheChangeIsRecordedWithBeforeAndAfter() throws Exception {
        Account user = org.member(Role.USER);

        roles.assign(caller(administrator), user.getPublicId(), "read-only");

        assertEquals(Role.READ_ONLY, user.getRole());
        assertEquals(
                "User → Read-only, by " + administrator.getEmail(),
                only(ActivityType.ROLE_CHANGED).getDetails());
    }

    @Test
    void aCustomRoleGivenReplacesTheBuiltInRolesPermissions() throws Exception {
        roles.define(caller(administrator), "Auditor", EnumSet.of(Permission.SESSIONS_VIEW_ALL));
        Account user = org.member(Role.USER);

        roles.assign(caller(administrator), user.getPublicId(), "Auditor");

        assertEquals(Set.of(Permission.SESSIONS_VIEW_ALL), user.permissions());
        assertEquals("Auditor", user.roleName());
    }

    @Test
    void anUnknownRoleIsNotGivenAndAnotherOrganisationsRoleIsUnknown() throws Exception {
        Account outsidersAdministrator = org.outsider(Role.ADMIN);
        roles.define(caller(outsidersAdministrator), "Theirs", EnumSet.of(Permission.USERS_MANAGE));
        Account user = org.member(Role.USER);

        for (String unknown : new String[] {"Superuser", "Theirs"}) {
            InvalidChangeException refused = assertThrows(
                    InvalidChangeException.class,
                    () -> roles.assign(caller(administrator), user.getPublicId(), unknown));
            assertEquals("There is no role named " + unknown + ".", refused.getMessage());
        }
        assertEquals(Role.USER, user.getRole());
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRole() {
        InvalidChangeException refused = assertThrows(
                InvalidChangeException.class,
                () -> roles.assign(caller(administrator), administrator.getPublicId(), "User"));

        assertEquals("You cannot change your own role.", refused.getMessage());
        assertEquals(Role.ADMIN, administrator.getRole());
    }

    @Test
    void withoutRolesManageNoRoleIsListedDefinedOrGiven() {
        Account manager = org.member("User Manager", Set.of(Permission.USERS_MANAGE));
        Account user = org.member(Role.USER);

        assertThrows(AccessDeniedException.class, () -> roles.roles(caller(manager)));
        assertThrows(
                AccessDeniedException.class,
                () -> roles.define(caller(manager), "Mine", EnumSet.of(Permission.SESSIONS_VIEW_OWN)));
        assertThrows(AccessDeniedException.class, () -> roles.assign(caller(manager), user.getPublicId(), "Support"));
        assertTrue(org.activity.ofType(ActivityType.ROLE_CHANGED).isEmpty());
    }

    private ActivityEvent only(ActivityType type) {
        List<ActivityEvent> events = org.activity.ofType(type);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
