package com.activesessions.sessions.interfaces.web;

import com.activesessions.sessions.application.SessionSummary;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One row of All Sessions, as shown. Values are plain text; the page escapes them. The property
 * names are the sort and filter names of {@link com.activesessions.sessions.domain.SessionSort}.
 */
public final class AdminSessionRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String publicId;
    private final String userId;
    private final String user;
    private final String userName;
    private final String device;
    private final String userAgent;
    private final String ip;
    private final String location;
    private final String status;
    private final boolean active;
    private final boolean flagged;
    private final String created;
    private final String lastAccess;

    AdminSessionRow(SessionSummary session, Instant now, Duration idleAfter) {
        this.publicId = session.publicId();
        this.userId = session.owner().publicId();
        this.user = session.owner().email();
        this.userName = session.owner().name();
        this.device = session.device();
        this.userAgent = session.userAgent();
        this.ip = session.ipAddress();
        this.location = session.location();
        this.active = session.isActive();
        this.status = !active ? session.endReason().label() : session.isIdle(now, idleAfter) ? "Idle" : "Active";
        this.flagged = session.flagged();
        this.created = WHEN.format(session.createdAt());
        this.lastAccess = WHEN.format(session.lastAccessAt());
    }

    public String getPublicId() {
        return publicId;
    }

    /** The public id of the session's account. */
    public String getUserId() {
        return userId;
    }

    /** The account's e-mail address. */
    public String getUser() {
        return user;
    }

    public String getUserName() {
        return userName;
    }

    public String getDevice() {
        return device;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getIp() {
        return ip;
    }

    /** The approximate place it signed in from; null if unknown. */
    public String getLocation() {
        return location;
    }

    /** Active, Idle, or why it ended. */
    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isFlagged() {
        return flagged;
    }

    /** When it signed in. */
    public String getCreated() {
        return created;
    }

    public String getLastAccess() {
        return lastAccess;
    }
}
