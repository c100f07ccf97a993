package com.activesessions.sessions.interfaces.web;

import com.activesessions.devices.application.DeviceGroup;
import com.activesessions.shared.interfaces.web.HumanDuration;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One device of the sessions table, as its heading row shows it: what it is, how many sessions, the newest sign-in,
 * where from, and the button that logs them out. On the caller's own device that button leaves the session in use
 * alone ("Log out other sessions on this device"): one click on a group must never sign its person out, who does
 * that on their own row or with the top bar's Log out. A class with getters, because Jakarta EL 5 reads bean
 * properties only.
 */
public final class DeviceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rank;
    private final String device;
    private final int count;
    private final String newestSignIn;
    private final String locations;
    private final boolean thisDevice;

    private DeviceRow(DeviceGroup group, int rank, Instant now) {
        this.rank = rank;
        this.device = group.device();
        this.count = group.count();
        this.newestSignIn = HumanDuration.of(Duration.between(group.newestSignIn(), now)) + " ago";
        this.locations = group.locations().isEmpty() ? null : String.join(" · ", group.locations());
        this.thisDevice = group.current();
    }

    /** @param rank its place on the page, from 0: the table groups and orders its sessions by it */
    public static DeviceRow of(DeviceGroup group, int rank, Instant now) {
        return new DeviceRow(group, rank, now);
    }

    public int getRank() {
        return rank;
    }

    /** Such as "Chrome on Windows NT · Desktop": no browser version, which may differ between its sessions. */
    public String getDevice() {
        return device;
    }

    /** "1 session", "3 sessions". */
    public String getSessions() {
        return count + (count == 1 ? " session" : " sessions");
    }

    /** How long ago its latest session signed in: "5 minutes ago". */
    public String getNewestSignIn() {
        return newestSignIn;
    }

    /** The places its sessions signed in from, each once, such as "Berlin, Germany · Mountain View, United States". */
    public String getLocations() {
        return locations;
    }

    /** Whether it holds the session viewing the page. */
    public boolean isThisDevice() {
        return thisDevice;
    }

    /** Whether it has a session the button may end: any, but on this device one besides the session in use. */
    public boolean isLogOutOffered() {
        return !thisDevice || count > 1;
    }

    public String getLogOutLabel() {
        return thisDevice ? "Log out other sessions on this device" : "Log out this device";
    }

    /** What the confirmation asks. */
    public String getConfirmation() {
        int others = thisDevice ? count - 1 : count;
        String sessions = others == 1 ? "1 session" : others + " sessions";
        return thisDevice
                ? sessions + " of this device will have to sign in again; the one you are using stays signed in."
                : "Its " + sessions + " will have to sign in again.";
    }
}
