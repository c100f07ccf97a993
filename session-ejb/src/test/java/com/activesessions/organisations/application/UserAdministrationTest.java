package com.activesessions.organisations.application;

import static com.activesessions.access.application.TestOrganisation.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.access.application.AccessDeniedException;
import com.activesessions.access.application.RoleCatalogue;
import com.activesessions.access.application.TestOrganisation;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.passwords.application.SetPasswordLinks;
import com.activesessions.passwords.domain.PlainPasswordHashes;
import com.activesessions.shared.application.InvalidChangeException;
import com.activesessions.shared.application.PublicIds;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may add which account to an organisation, and what an addition needs, without a server. */
class UserAdministrationTest {

    private final TestOrganisation org = new TestOrganisation();
    private final PlainPasswordHashes passwordHashes = new PlainPasswordHashes();
    private final UserAdministration users = new UserAdministration(
            org.accessControl,
            org.accounts,
            new RoleCatalogue(org.customRoles),
            new SetPasswordLinks() {
                @Override
                public String open(Account account) {
                    return "link for " + account.getEmail();
                }
            },
            null, // disabling goes through AccountSecurity, not reached by these rules
            org.activity,
            passwordHashes,
            new PublicIds(),
            org.clock);
    private final Account administrator = org.member(Role.ADMIN);

    @Test
    void anAddedAccountJoinsTheAdministratorsOrganisationWithItsRoleAndALinkToSetItsPassword() throws Exception {
        UserAdministration.AddedUser added =
                users.add(caller(administrator), " New Person ", "New@Example.com", "Support");

        Account account = org.accounts.findByPublicId(added.accountPublicId()).orElseThrow();
        assertEquals("new@example.com", account.getEmail());
        assertEquals("New Person", account.getName());
        assertEquals(Role.SUPPORT, account.getRole());
        assertEquals(org.organisation, account.getOrganisation().orElseThrow());
        assertEquals("link for new@example.com", added.token());
        ActivityEvent recorded = org.activity.ofType(ActivityType.USER_ADDED).get(0);
        assertEquals("Added by " + administrator.getEmail() + " as Support", recorded.getDetails());
        assertTrue(users.users(caller(administrator)).stream()
                .anyMatch(user -> user.id().equals(account.getPublicId())));
    }

    @Test
    void aUserWithoutRolesManageCannotHandOutARoleAboveUser() throws Exception {
        Account manager = org.member("User Manager", EnumSet.of(Permission.SESSIONS_VIEW_OWN, Permission.USERS_MANAGE));

        assertThrows(
                AccessDeniedException.class,
                () -> users.add(caller(manager), "Would Be Admin", "wba@example.com", "Administrator"));
        users.add(caller(manager), "Plain User", "plain@example.com", "User");

        assertTrue(org.accounts.findByEmail("wba@example.com").isEmpty());
        assertEquals(
                Role.USER,
                org.accounts.findByEmail("plain@example.com").orElseThrow().getRole());
    }

    @Test
    void aNameAndAnAddressAreRequiredAndAnAddressHasAnAtSign() {
        assertEquals(
                "A name has 1 to 100 characters.",
                refusal(() -> users.add(caller(administrator), " ", "someone@example.com", "User")));
        assertEquals(
                "A name has 1 to 100 characters.",
                refusal(() -> users.add(caller(administrator), "x".repeat(101), "someone@example.com", "User")));
        assertEquals(
                "An e-mail address has 1 to 254 characters.",
                refusal(() -> users.add(caller(administrator), "Someone", null, "User")));
        assertEquals(
                "Enter an e-mail address such as name@example.com.",
                refusal(() -> users.add(caller(administrator), "Someone", "someone.example.com", "User")));
    }

    @Test
    void anAddressThatHasAnAccountAnywhereIsRefused() {
        Account outsider = org.outsider(Role.USER);

        assertThrows(
                EmailInUseException.class,
                () -> users.add(
                        caller(administrator), "Copy", outsider.getEmail().toUpperCase(), "User"));
    }

    @Test
    void anUnknownRoleAddsNobody() {
        assertEquals(
                "There is no role named Superuser.",
                refusal(() -> users.add(caller(administrator), "Someone", "someone@example.com", "Superuser")));
        assertTrue(org.accounts.findByEmail("someone@example.com").isEmpty());
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        assertEquals(
                "You cannot disable your own account.",
                refusal(() -> users.disable(caller(administrator), administrator.getPublicId())));
        assertFalse(administrator.isDisabled());
    }

    @Test
    void theRoleNamesOfferedAreTheBuiltInOnesThenTheOrganisationsOwn() {
        org.member("Auditor", EnumSet.of(Permission.SESSIONS_VIEW_ALL));

        assertEquals(
                List.of("User", "Administrator", "Read-only", "Support", "Auditor"),
                users.roleNames(caller(administrator)));
    }

    private interface Change {
        void run() throws Exception;
    }

    private static String refusal(Change change) {
        return assertThrows(InvalidChangeException.class, change::run).getMessage();
    }
}
