package com.activesessions.devices.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.Role;
import com.activesessions.accounts.domain.SessionLimits;
import com.activesessions.places.domain.Location;
import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.Device;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceGroupTest {

    private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");
    private static final Device CHROME_131_ON_WINDOWS = new Device("Chrome", "131", "Windows NT", "Desktop", "");
    private static final Device CHROME_132_ON_WINDOWS = new Device("Chrome", "132", "Windows NT", "Desktop", "");
    private static final Device SAFARI_ON_AN_IPHONE = new Device("Safari", "17", "iOS 17.5", "Phone", "");
    private static final Device UNREADABLE = new Device(null, null, null, null, "<script>");
    private static final Location BERLIN = new Location("Berlin", "DE");
    private static final Location MOUNTAIN_VIEW = new Location("Mountain View", "US");

    private final Account alice = new Account("alice@example.com", "Alice", "hash", Role.USER, NINE);
    private final SessionIdHash mine = SessionIdHash.of("the-caller's-id");

    @Test
    void threeSessionsOfOneDesktopBrowserAndOnePhoneAreTwoDevicesWithTheirCounts() {
        List<DeviceGroup> devices = DeviceGroup.groupsOf(List.of(
                session("a", CHROME_131_ON_WINDOWS, 0, BERLIN),
                session("b", SAFARI_ON_AN_IPHONE, 5, BERLIN),
                session("c", CHROME_132_ON_WINDOWS, 10, BERLIN),
                session("d", CHROME_132_ON_WINDOWS, 15, MOUNTAIN_VIEW)));

        assertEquals(2, devices.size());
        DeviceGroup desktop = devices.get(0);
        assertEquals("Chrome on Windows NT · Desktop", desktop.device());
        assertEquals(3, desktop.count());
        assertEquals(List.of("d", "c", "a"), ids(desktop), "the newest sign-in first");
        assertEquals(NINE.plus(Duration.ofMinutes(15)), desktop.newestSignIn());
        assertEquals(List.of("Mountain View, United States", "Berlin, Germany"), desktop.locations());
        DeviceGroup phone = devices.get(1);
        assertEquals("Safari on iOS 17.5 · Phone", phone.device());
        assertEquals(1, phone.count());
        assertEquals(List.of("Berlin, Germany"), phone.locations());
    }

    @Test
    void theCallersOwnDeviceComesFirstAndItsOwnSessionFirstInIt() {
        List<DeviceGroup> devices = DeviceGroup.groupsOf(List.of(
                session("newest", CHROME_131_ON_WINDOWS, 30, null),
                session("phone", SAFARI_ON_AN_IPHONE, 20, null),
                currentSession("mine", SAFARI_ON_AN_IPHONE, 0)));

        assertTrue(devices.get(0).current());
        assertEquals(List.of("mine", "phone"), ids(devices.get(0)));
        assertFalse(devices.get(1).current());
    }

    @Test
    void otherwiseTheDeviceSignedInToMostRecentlyComesFirst() {
        List<DeviceGroup> devices = DeviceGroup.groupsOf(List.of(
                session("phone", SAFARI_ON_AN_IPHONE, 10, null),
                session("old-desktop", CHROME_131_ON_WINDOWS, 0, null),
                session("new-desktop", CHROME_132_ON_WINDOWS, 20, null)));

        assertEquals(List.of("new-desktop", "old-desktop"), ids(devices.get(0)));
        assertEquals(List.of("phone"), ids(devices.get(1)));
    }

    @Test
    void sessionsWhoseBrowserCouldNotBeReadAreEachADeviceOfTheirOwn() {
        List<DeviceGroup> devices =
                DeviceGroup.groupsOf(List.of(session("x", UNREADABLE, 0, null), session("y", UNREADABLE, 1, null)));

        assertEquals(2, devices.size());
        assertEquals("Unknown browser", devices.get(0).device());
        assertEquals(1, devices.get(0).count());
    }

    @Test
    void aPlaceUnknownIsLeftOutAndNoPlaceAtAllIsAnEmptyList() {
        List<DeviceGroup> devices = DeviceGroup.groupsOf(List.of(
                session("a", CHROME_131_ON_WINDOWS, 0, Location.LOCAL_NETWORK),
                session("b", CHROME_131_ON_WINDOWS, 1, null),
                session("c", SAFARI_ON_AN_IPHONE, 2, null)));

        assertEquals(List.of("Local network"), devices.get(1).locations());
        assertEquals(List.of(), devices.get(0).locations());
    }

    @Test
    void noSessionsAreNoDevices() {
        assertEquals(List.of(), DeviceGroup.groupsOf(List.of()));
    }

    private SessionSummary session(String publicId, Device device, int minutesAfterNine, Location location) {
        TrackedSession session = tracked(publicId, SessionIdHash.of(publicId), device, minutesAfterNine);
        session.locatedAt(location);
        return SessionSummary.of(session, mine);
    }

    private SessionSummary currentSession(String publicId, Device device, int minutesAfterNine) {
        return SessionSummary.of(tracked(publicId, mine, device, minutesAfterNine), mine);
    }

    private TrackedSession tracked(String publicId, SessionIdHash hash, Device device, int minutesAfterNine) {
        return new TrackedSession(
                publicId,
                hash,
                alice,
                device,
                "192.0.2.7",
                NINE.plus(Duration.ofMinutes(minutesAfterNine)),
                new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12)));
    }

    private static List<String> ids(DeviceGroup device) {
        return device.sessions().stream().map(SessionSummary::publicId).toList();
    }
}
