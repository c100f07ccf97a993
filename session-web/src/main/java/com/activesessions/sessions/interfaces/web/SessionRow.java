package com.activesessions.sessions.interfaces.web;

import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.shared.interfaces.web.HumanDuration;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One row of the sessions table, as shown. Values are plain text; the page escapes them. A class
 * with getters rather than a record, because Jakarta EL 5 reads bean properties only.
 */
public final class SessionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String publicId;
    private final String device;
    private final String userAgent;
    private final String ipAddress;
    private final String location;
    private final String status;
    private final String openFor;
    private final String expiresIn;
    private final boolean thisDevice;
    private final boolean flagged;
    private final boolean signedInWithMfa;
    private final DeviceRow deviceGroup;

    private SessionRow(SessionSummary session, DeviceRow deviceGroup, Instant now, Duration idleAfter) {
        this.publicId = session.publicId();
        this.device = session.device();
        this.userAgent = session.userAgent();
        this.ipAddress = session.ipAddress();
        this.location = session.location();
        this.thisDevice = session.current();
        this.status = !thisDevice && session.isIdle(now, idleAfter) ? "Idle" : "Active";
        this.openFor = HumanDuration.of(session.openFor(now));
        this.expiresIn = HumanDuration.of(Duration.between(now, session.expiresAt()));
        this.flagged = session.flagged();
        this.signedInWithMfa = session.signedInWithMfa();
        this.deviceGroup = deviceGroup;
    }

    /**
     * @param idleAfter how long without a request makes a session Idle; the session viewing the
     *     page is making one, so it is Active
     */
    public static SessionRow of(SessionSummary session, Instant now, Duration idleAfter) {
        return new SessionRow(session, null, now, idleAfter);
    }

    /** A row of the Active Sessions page, under the heading of its device. */
    public static SessionRow of(SessionSummary session, DeviceRow deviceGroup, Instant now, Duration idleAfter) {
        return new SessionRow(session, deviceGroup, now, idleAfter);
    }

    /** The device it belongs to on the Active Sessions page; null elsewhere. */
    public DeviceRow getDeviceGroup() {
        return deviceGroup;
    }

    /** The handle the Log Out button sends. */
    public String getPublicId() {
        return publicId;
    }

    /** What the session runs on, e.g. "Firefox 132 on Ubuntu · Desktop". */
    public String getDevice() {
        return device;
    }

    /** The User-Agent it signed in with (cut), shown on hover. */
    public String getUserAgent() {
        return userAgent;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    /** Its approximate place, e.g. "Berlin, Germany"; null if unknown. */
    public String getLocation() {
        return location;
    }

    public String getStatus() {
        return status;
    }

    /** How long it has been open, e.g. "2 hours 5 minutes". */
    public String getOpenFor() {
        return openFor;
    }

    /** How long until it ends unless used: idle time-out or lifetime, whichever comes first. */
    public String getExpiresIn() {
        return expiresIn;
    }

    /** Whether a request of it came with another browser or from another network. */
    public boolean isFlagged() {
        return flagged;
    }

    /** Whether it signed in with a second factor (or showed one by turning MFA on). */
    public boolean isSignedInWithMfa() {
        return signedInWithMfa;
    }

    /** Whether it is the session viewing the page. */
    public boolean isThisDevice() {
        return thisDevice;
    }
}
