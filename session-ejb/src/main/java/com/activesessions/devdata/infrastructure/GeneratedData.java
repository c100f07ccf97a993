package com.activesessions.devdata.infrastructure;

import java.util.Locale;

/**
 * What to generate: one organisation of its own, its accounts, and their sessions.
 *
 * @param organisation the new organisation's name
 * @param users how many accounts it gets; the first is its administrator
 * @param sessions how many sessions, spread over its accounts
 * @param activeShare the share of sessions still signed in, 0 to 1
 * @param seed the random seed, so that a run can be repeated
 */
public record GeneratedData(String organisation, int users, int sessions, double activeShare, long seed) {

    public GeneratedData {
        if (users < 1 || sessions < 0 || activeShare < 0 || activeShare > 1) {
            throw new IllegalArgumentException("At least one user, no negative count, a share from 0 to 1");
        }
    }

    /** The e-mail address of the generated account of that number (0 is the administrator). */
    public String emailOf(int user) {
        return "user-" + user + "@" + organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
    }
}
