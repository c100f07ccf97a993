package com.activesessions.activity.application;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.places.domain.IpAddresses;
import java.time.Instant;
import java.util.List;

/**
 * One event of the activity log as pages, the API and the CSV export show it: read from the
 * event inside the transaction, so that nothing is loaded lazily once it has left the service.
 *
 * @param id the event's key, the cursor of a page of the log
 * @param occurredAt when it happened
 * @param type what happened
 * @param user the e-mail address of its account; null for a failed sign-in with an unknown one
 * @param sessionPublicId the public id of the session it happened in or to, if any
 * @param ipAddress where it came from, if known, as people write it
 * @param location the approximate place of that address when the event was recorded, if known
 * @param device the session's device as a person reads it, if any
 * @param details more about it, if anything
 */
public record ActivityEntry(
        Long id,
        Instant occurredAt,
        ActivityType type,
        String user,
        String sessionPublicId,
        String ipAddress,
        String location,
        String device,
        String details) {

    public static ActivityEntry of(ActivityEvent event) {
        return new ActivityEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getType(),
                event.getAccount() == null ? null : event.getAccount().getEmail(),
                event.getSessionPublicId(),
                IpAddresses.readable(event.getIpAddress()),
                event.getLocation(),
                event.getDevice(),
                event.getDetails());
    }

    /** The entries of the events, in their order. */
    public static List<ActivityEntry> listOf(List<ActivityEvent> events) {
        return events.stream().map(ActivityEntry::of).toList();
    }
}
