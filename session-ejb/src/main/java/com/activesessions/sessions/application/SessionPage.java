package com.activesessions.sessions.application;

import java.util.List;

/**
 * One page of an organisation's sessions, each with its account loaded.
 *
 * @param sessions the rows of the page
 * @param count how many sessions the filters match, up to {@link AllSessions#COUNT_LIMIT}
 */
public record SessionPage(List<SessionSummary> sessions, SessionCount count) {

    /** The number of matches, or {@link AllSessions#COUNT_LIMIT} if more match. */
    public long total() {
        return count.total();
    }
}
