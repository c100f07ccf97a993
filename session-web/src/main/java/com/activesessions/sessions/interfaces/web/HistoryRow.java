package com.activesessions.sessions.interfaces.web;

import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.shared.interfaces.web.HumanDuration;
import com.activesessions.shared.interfaces.web.Timestamps;
import java.io.Serializable;

/** One ended session on the History tab: what it was, how long it lasted, why and when it ended. */
public final class HistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String publicId;
    private final String device;
    private final String ipAddress;
    private final String location;
    private final String lasted;
    private final String reason;
    private final String endedAt;

    private HistoryRow(SessionSummary session) {
        this.publicId = session.publicId();
        this.device = session.device();
        this.ipAddress = session.ipAddress();
        this.location = session.location();
        this.lasted = HumanDuration.of(session.openFor(session.endedAt()));
        this.reason = session.endReason().label();
        this.endedAt = Timestamps.of(session.endedAt());
    }

    public static HistoryRow of(SessionSummary ended) {
        return new HistoryRow(ended);
    }

    /** The handle of the session's detail page. */
    public String getPublicId() {
        return publicId;
    }

    public String getDevice() {
        return device;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    /** The approximate place it signed in from; null if unknown. */
    public String getLocation() {
        return location;
    }

    /** How long it was open, e.g. "2 hours 5 minutes". */
    public String getLasted() {
        return lasted;
    }

    /** Why it ended, e.g. "Ended from another device". */
    public String getReason() {
        return reason;
    }

    /** When it ended, e.g. "25 Nov 2026, 08:31 UTC". */
    public String getEndedAt() {
        return endedAt;
    }
}
