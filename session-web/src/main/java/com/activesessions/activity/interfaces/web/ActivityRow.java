package com.activesessions.activity.interfaces.web;

import com.activesessions.activity.application.ActivityEntry;
import com.activesessions.shared.interfaces.web.HumanDuration;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One event as the pages show it (dashboard, My Activity, Activity, a session's timeline). Values
 * are plain text; the pages escape them. A class with getters rather than a record, because
 * Jakarta EL 5 reads bean properties only.
 */
public final class ActivityRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final Long id;
    private final String type;
    private final String event;
    private final String user;
    private final String sessionPublicId;
    private final String device;
    private final String details;
    private final String ipAddress;
    private final String location;
    private final String ago;
    private final String at;
    private final String atSeconds;
    private final String isoAt;

    private ActivityRow(ActivityEntry event, Instant now) {
        this.id = event.id();
        this.type = event.type().name();
        this.event = event.type().label();
        this.user = event.user();
        this.sessionPublicId = event.sessionPublicId();
        this.device = event.device();
        this.details = event.details();
        this.ipAddress = event.ipAddress();
        this.location = event.location();
        this.ago = HumanDuration.of(Duration.between(event.occurredAt(), now)) + " ago";
        this.at = UTC.format(event.occurredAt().atOffset(ZoneOffset.UTC));
        this.atSeconds = UTC_SECONDS.format(event.occurredAt().atOffset(ZoneOffset.UTC));
        this.isoAt = event.occurredAt().toString();
    }

    public static ActivityRow of(ActivityEntry event, Instant now) {
        return new ActivityRow(event, now);
    }

    public Long getId() {
        return id;
    }

    /** The type's constant, such as SIGNED_IN, for styling and tests. */
    public String getType() {
        return type;
    }

    /** What happened, such as "Signed in". */
    public String getEvent() {
        return event;
    }

    /** The account's e-mail; none for a failed sign-in with an unknown one. */
    public String getUser() {
        return user;
    }

    /** The public id of the session it happened in or to, if any. */
    public String getSessionPublicId() {
        return sessionPublicId;
    }

    /** The session's device, such as "Firefox 132 on Ubuntu · Desktop". */
    public String getDevice() {
        return device;
    }

    /** More about it: for a sign-in, the device. */
    public String getDetails() {
        return details;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    /** The approximate place of the address when the event was recorded; null if unknown. */
    public String getLocation() {
        return location;
    }

    /** How long ago, such as "5 minutes ago". */
    public String getAgo() {
        return ago;
    }

    /** When, to the minute, in UTC. */
    public String getAt() {
        return at;
    }

    /** When, to the second, in UTC. */
    public String getAtSeconds() {
        return atSeconds;
    }

    /** When, for the datetime attribute of a time element. */
    public String getIsoAt() {
        return isoAt;
    }
}
