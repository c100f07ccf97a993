package com.activesessions.sessions.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a session did between two flushes of the access buffer.
 *
 * @param lastAt its latest request
 * @param requests how many requests it made (pages, AJAX and API calls)
 * @param apiCalls how many of those were API calls
 */
public record SessionAccess(Instant lastAt, long requests, long apiCalls) {

    public SessionAccess {
        Objects.requireNonNull(lastAt, "An access needs its time");
        if (requests < 0 || apiCalls < 0 || apiCalls > requests) {
            throw new IllegalArgumentException("Counts are never negative, and API calls are requests");
        }
    }

    /** Both together: the later time, the sums of the counts. */
    public SessionAccess plus(SessionAccess other) {
        return new SessionAccess(
                other.lastAt.isAfter(lastAt) ? other.lastAt : lastAt,
                requests + other.requests,
                apiCalls + other.apiCalls);
    }
}
