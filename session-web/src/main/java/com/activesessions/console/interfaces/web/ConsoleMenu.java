package com.activesessions.console.interfaces.web;

import com.activesessions.accounts.domain.Permission;
import com.activesessions.accounts.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every page of the console, in the sections of the sidebar. A page is listed here once it
 * exists, never before: the sidebar has no dead links and no "coming soon". The sections and
 * order the product plans are Dashboard; Account: Active Sessions, My Activity, Security, Profile;
 * Administration: All Sessions, Activity, Users, Roles, Policies, Usage, Support (each to the
 * holders of its permission).
 */
@ApplicationScoped
public class ConsoleMenu {

    private final List<MenuSection> sections;

    public ConsoleMenu() {
        this(List.of(
                new MenuSection(null, List.of(MenuEntry.forEveryone("Dashboard", "/dashboard"))),
                new MenuSection(
                        "Account",
                        List.of(
                                MenuEntry.forEveryone("Active Sessions", "/activesession"),
                                MenuEntry.forEveryone("My Activity", "/my-activity"),
                                MenuEntry.forEveryone("Security", "/security"),
                                MenuEntry.forEveryone("API tokens", "/api-tokens"))),
                new MenuSection(
                        "Administration",
                        List.of(
                                MenuEntry.forPermission("All Sessions", "/allsessions", Permission.SESSIONS_VIEW_ALL),
                                MenuEntry.forPermission("Activity", "/activity", Permission.ACTIVITY_VIEW_ALL),
                                MenuEntry.forPermission("Users", "/users", Permission.USERS_MANAGE),
                                MenuEntry.forPermission("Roles", "/roles", Permission.ROLES_MANAGE),
                                MenuEntry.forPermission("Policies", "/policies", Permission.POLICY_MANAGE),
                                MenuEntry.forPermission("Usage", "/usage", Permission.USAGE_VIEW),
                                MenuEntry.forPermission("Support", "/support", Permission.SUPPORT_VIEW)))));
    }

    ConsoleMenu(List<MenuSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * The menu as a caller sees it: only the entries their roles may open, and no section left
     * empty.
     */
    public List<MenuSection> visibleTo(Predicate<Role> callerHas) {
        return visibleTo(callerHas, Set.of());
    }

    /** The menu of a caller with these roles and these permissions. */
    public List<MenuSection> visibleTo(Predicate<Role> callerHas, Set<Permission> held) {
        return sections.stream()
                .map(section -> section.filtered(entry -> entry.isOpenTo(callerHas, held)))
                .filter(section -> !section.getEntries().isEmpty())
                .toList();
    }
}
