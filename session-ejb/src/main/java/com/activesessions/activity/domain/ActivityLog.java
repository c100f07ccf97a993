package com.activesessions.activity.domain;

import com.activesessions.accounts.domain.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of what happened to accounts and sessions. It offers no way to change
 * an event; the only removal is the retention's, of events older than a cut-off.
 */
public interface ActivityLog {

    void append(ActivityEvent event);

    List<ActivityEvent> newestOf(String email, int limit);

    List<ActivityEvent> newestOf(String email, ActivityType type, int limit);

    /** The events within the scope that pass the filter, newest first, from the first'th. */
    List<ActivityEvent> find(ActivityScope scope, ActivityFilter filter, int first, int limit);

    long count(ActivityScope scope, ActivityFilter filter);

    /**
     * The next events within the scope that pass the filter, newest first, older than the event
     * with the given id (or the newest, if none is given): a cursor that reads a large log in
     * pieces, each in its own short transaction.
     */
    List<ActivityEvent> findBefore(ActivityScope scope, ActivityFilter filter, Long beforeId, int limit);

    /** The events of one session, oldest first. */
    List<ActivityEvent> ofSession(String publicId);

    /**
     * How many events older than the cut-off each organisation has; under the key null, how many
     * belong to no organisation (failed sign-ins with an unknown e-mail, for instance).
     */
    Map<Organisation, Long> countOlderThan(Instant cutoff);

    /**
     * Removes the organisation's events older than the cut-off (null: those of no organisation),
     * for the retention.
     *
     * @return how many this call removed (none that another server's call removed first)
     */
    int removeOlderThan(Organisation organisation, Instant cutoff);
}
