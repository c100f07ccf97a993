package com.activesessions.console.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConsoleMenuTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void aUserSeesTheDashboardAndTheAccountSectionWithActiveSessionsMyActivitySecurityAndApiTokens() {
        List<MenuSection> menu = new ConsoleMenu().visibleTo(role -> role == Role.USER);

        assertEquals(
                List.of(
                        "Dashboard",
                        "Account: Active Sessions",
                        "Account: My Activity",
                        "Account: Security",
                        "Account: API tokens"),
                describe(menu));
    }

    @Test
    void anAdministratorAlsoSeesEveryAdministrationPage() {
        List<MenuSection> menu =
                new ConsoleMenu().visibleTo(role -> role == Role.ADMIN, EnumSet.allOf(Permission.class));

        assertEquals(
                List.of(
                        "Dashboard",
                        "Account: Active Sessions",
                        "Account: My Activity",
                        "Account: Security",
                        "Account: API tokens",
                        "Administration: All Sessions",
                        "Administration: Activity",
                        "Administration: Users",
                        "Administration: Roles",
                        "Administration: Policies",
                        "Administration: Usage",
                        "Administration: Support"),
                describe(menu));
    }

    @Test
    void entriesTheCallersRoleMayNotOpenAndSectionsLeftEmptyAreNotShown() {
        ConsoleMenu menu = new ConsoleMenu(List.of(
                new MenuSection("Account", List.of(MenuEntry.forEveryone("Active Sessions", "/activesession"))),
                new MenuSection(
                        "Administration", List.of(MenuEntry.forRoles("All Sessions", "/admin/sessions", Role.ADMIN)))));

        assertEquals(List.of("Account: Active Sessions"), describe(menu.visibleTo(role -> role == Role.USER)));
        assertEquals(
                List.of("Account: Active Sessions", "Administration: All Sessions"),
                describe(menu.visibleTo(role -> role == Role.ADMIN)));
    }

    @Test
    void administrationPagesAreShownToTheHoldersOfTheirPermissionWhateverTheRole() {
        List<MenuSection> menu = new ConsoleMenu()
                .visibleTo(
                        role -> role == Role.USER, EnumSet.of(Permission.SESSIONS_VIEW_ALL, Permission.SUPPORT_VIEW));

        assertEquals(
                List.of(
                        "Dashboard",
                        "Account: Active Sessions",
                        "Account: My Activity",
                        "Account: Security",
                        "Account: API tokens",
                        "Administration: All Sessions",
                        "Administration: Support"),
                describe(menu));
    }

    @Test
    void everyEntryOpensAPageThatExists() {
        Predicate<Role> everyRole = role -> true;
        for (MenuSection section : new ConsoleMenu().visibleTo(everyRole, EnumSet.allOf(Permission.class))) {
            for (MenuEntry entry : section.getEntries()) {
                Path page = WEBAPP.resolve(entry.getViewId().substring(1));
                assertTrue(
                        Files.isRegularFile(page), entry.getLabel() + " links to a page that does not exist: " + page);
            }
        }
    }

    private static List<String> describe(List<MenuSection> menu) {
        return menu.stream()
                .flatMap(section -> section.getEntries().stream()
                        .map(entry -> section.getTitle() == null
                                ? entry.getLabel()
                                : section.getTitle() + ": " + entry.getLabel()))
                .toList();
    }
}
