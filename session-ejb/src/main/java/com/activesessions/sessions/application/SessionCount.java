package com.activesessions.sessions.application;

/**
 * How many sessions a query of All Sessions matches, counted up to a limit: an exact count of a
 * million rows would cost every page more than the page itself, and a person paging through the
 * sessions needs to know "more than 10,000", not the exact figure (narrowing the filters gives it).
 *
 * @param total the number of matches, or the limit if there are more
 * @param exact whether {@code total} is the number of matches; false: more match than that
 */
public record SessionCount(long total, boolean exact) {

    /** A count that went up to {@code limit + 1} rows and found {@code counted}. */
    static SessionCount of(long counted, long limit) {
        return counted > limit ? new SessionCount(limit, false) : new SessionCount(counted, true);
    }
}
