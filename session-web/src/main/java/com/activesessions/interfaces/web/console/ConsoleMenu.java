package com.activesessions.interfaces.web.console;

import com.activesessions.domain.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every page of the console, in the sections of the sidebar. A page is listed here once it
 * exists, never before: the sidebar has no dead links and no "coming soon". The sections and
 * order the product plans are Dashboard; Account: Active Sessions, Activity, Security, Profile;
 * Administration: All Sessions, Users, Roles, Policies, Usage (administrators only).
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
                                MenuEntry.forEveryone("Security", "/security"),
                                MenuEntry.forEveryone("API tokens", "/api-tokens")))));
    }

    ConsoleMenu(List<MenuSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * The menu as a caller sees it: only the entries their roles may open, and no section left
     * empty.
     */
    public List<MenuSection> visibleTo(Predicate<Role> callerHas) {
        return sections.stream()
                .map(section -> section.filtered(entry -> entry.isOpenTo(callerHas)))
                .filter(section -> !section.getEntries().isEmpty())
                .toList();
    }
}
