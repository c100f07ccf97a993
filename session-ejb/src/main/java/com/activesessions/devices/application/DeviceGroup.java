package com.activesessions.devices.application;

import com.activesessions.sessions.application.SessionSummary;
import com.activesessions.sessions.domain.DeviceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The active sessions of one account on one device ({@link DeviceKind}: the same browser, operating system and device
 * class), as the Active Sessions page shows them: one row that opens to its sessions and logs them all out at once.
 *
 * @param device the device in words, without the browser's version: "Chrome on Windows NT · Desktop"
 * @param sessions its sessions, the caller's own first, then the newest sign-in first
 */
public record DeviceGroup(String device, List<SessionSummary> sessions) {

    private static final Comparator<SessionSummary> CURRENT_THEN_NEWEST = Comparator.comparing(SessionSummary::current)
            .reversed()
            .thenComparing(Comparator.comparing(SessionSummary::createdAt).reversed());

    private static final Comparator<DeviceGroup> CURRENT_THEN_NEWEST_SIGN_IN = Comparator.comparing(
                    DeviceGroup::current)
            .reversed()
            .thenComparing(Comparator.comparing(DeviceGroup::newestSignIn).reversed());

    public DeviceGroup {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("A device group holds at least one session");
        }
        sessions = sessions.stream().sorted(CURRENT_THEN_NEWEST).toList();
    }

    /**
     * The sessions grouped by device, the caller's own device first, then the device signed in to most recently. A
     * session whose browser could not be read is a device of its own.
     */
    public static List<DeviceGroup> groupsOf(List<SessionSummary> sessions) {
        Map<Object, List<SessionSummary>> byDevice = new LinkedHashMap<>();
        for (SessionSummary session : sessions) {
            Object key = Objects.requireNonNullElse(session.deviceKind(), session.publicId());
            byDevice.computeIfAbsent(key, any -> new ArrayList<>()).add(session);
        }
        return byDevice.values().stream()
                .map(DeviceGroup::ofOneDevice)
                .sorted(CURRENT_THEN_NEWEST_SIGN_IN)
                .toList();
    }

    private static DeviceGroup ofOneDevice(List<SessionSummary> sameDevice) {
        SessionSummary any = sameDevice.get(0);
        String device =
                any.deviceKind() == null ? any.device() : any.deviceKind().describe();
        return new DeviceGroup(device, sameDevice);
    }

    public int count() {
        return sessions.size();
    }

    /** When the latest of its sessions signed in. */
    public Instant newestSignIn() {
        return sessions.stream()
                .map(SessionSummary::createdAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The places its sessions signed in from, each once, the newest session's first; unknown ones left out. */
    public List<String> locations() {
        return sessions.stream()
                .sorted(Comparator.comparing(SessionSummary::createdAt).reversed())
                .map(SessionSummary::location)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Whether it holds the session of the caller who asked. */
    public boolean current() {
        return sessions.stream().anyMatch(SessionSummary::current);
    }
}
