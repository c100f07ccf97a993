package com.activesessions.sessions.interfaces.web;

import com.activesessions.accounts.domain.Account;
import com.activesessions.sessions.domain.TrackedSession;
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
    private final String status;
    private final boolean active;
    private final boolean flagged;
    private final String created;
    private final String lastAccess;

    AdminSessionRow(TrackedSession session, Instant now, Duration idleAfter) {
        Account account = session.getAccount();
        this.publicId = session.getPublicId();
        this.userId = account.getPublicId();
        this.user = account.getEmail();
        this.userName = account.getName();
        this.device = session.getDevice().describe();
        this.userAgent = session.getDevice().getUserAgent();
        this.ip = session.getIpAddress();
        this.active = session.isActive();
        this.status = !active ? session.getEndReason().label() : session.isIdle(now, idleAfter) ? "Idle" : "Active";
        this.flagged = session.getHijackSignalAt() != null;
        this.created = WHEN.format(session.getCreatedAt());
        this.lastAccess = WHEN.format(session.getLastAccessAt());
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
