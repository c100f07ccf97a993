package com.activesessions.console.interfaces.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A titled group of sidebar entries; the first group of the console has no title. */
public final class MenuSection {

    private final String title;
    private final List<MenuEntry> entries;

    public MenuSection(String title, List<MenuEntry> entries) {
        this.title = title;
        this.entries = List.copyOf(Objects.requireNonNull(entries, "A menu section lists its entries"));
    }

    /** The same section with only the entries that pass. */
    MenuSection filtered(Predicate<MenuEntry> keep) {
        return new MenuSection(title, entries.stream().filter(keep).toList());
    }

    /** Null for the untitled first section. */
    public String getTitle() {
        return title;
    }

    public List<MenuEntry> getEntries() {
        return entries;
    }
}
