package com.activesessions.interfaces.web.dashboard;

import com.activesessions.domain.model.ActivityEvent;
import com.activesessions.interfaces.web.HumanDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One event of the account as the dashboard shows it. Values are plain text; the page escapes
 * them. A class with getters rather than a record, because Jakarta EL 5 reads bean properties only.
 */
public final class ActivityRow {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final String event;
    private final String details;
    private final String ipAddress;
    private final String ago;
    private final String at;
    private final String isoAt;

    private ActivityRow(ActivityEvent event, Instant now) {
        this.event = event.getType().label();
        this.details = event.getDetails();
        this.ipAddress = event.getIpAddress();
        this.ago = HumanDuration.of(Duration.between(event.getOccurredAt(), now)) + " ago";
        this.at = UTC.format(event.getOccurredAt().atOffset(ZoneOffset.UTC));
        this.isoAt = event.getOccurredAt().toString();
    }

    public static ActivityRow of(ActivityEvent event, Instant now) {
        return new ActivityRow(event, now);
    }

    /** What happened, such as "Signed in". */
    public String getEvent() {
        return event;
    }

    /** For a sign-in, the device, such as "Firefox 132 on Ubuntu · Desktop". */
    public String getDetails() {
        return details;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    /** How long ago, such as "5 minutes ago". */
    public String getAgo() {
        return ago;
    }

    /** When, to the minute, in UTC. */
    public String getAt() {
        return at;
    }

    /** When, for the datetime attribute of a time element. */
    public String getIsoAt() {
        return isoAt;
    }
}
