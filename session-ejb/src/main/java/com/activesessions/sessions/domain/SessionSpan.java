package com.activesessions.sessions.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a session was open: from its sign-in to its end, or on if it is still active.
 *
 * @param start its sign-in
 * @param end its end; null while it is active
 */
public record SessionSpan(Instant start, Instant end) {

    public SessionSpan {
        Objects.requireNonNull(start, "A session span starts at a sign-in");
    }

    /** Whether the session was signed in at that moment (its start counts, its end does not). */
    public boolean isOpenAt(Instant moment) {
        return !start.isAfter(moment) && (end == null || end.isAfter(moment));
    }
}
