package com.activesessions.sessions.domain;

import java.util.Optional;

/**
 * What makes sessions one device: the same browser, operating system and device class, whatever the browser's
 * version. A browser updates itself every few weeks and keeps its profile and cookies, so Chrome 131 and Chrome 132
 * on the same Windows desktop are one machine to its owner; the hijack check ({@link BrowserFamily}) and the
 * new-device announcement ({@code TrackedSession.countFromDevice}, on the same three stored parts) ignore that
 * version too. The operating system is compared as stored, with its version ("iOS 17.5"), as the announcement
 * compares it: a system update starts a new device there and here alike.
 *
 * @param browser such as "Chrome"
 * @param operatingSystem such as "Windows NT"
 * @param deviceClass such as "Desktop" or "Phone"
 */
public record DeviceKind(String browser, String operatingSystem, String deviceClass) {

    /**
     * The kind of a device, or empty when its browser could not be read: two unreadable User-Agents cannot be told
     * to be one device, so such a session is a device of its own.
     */
    public static Optional<DeviceKind> of(Device device) {
        return Device.known(device.getBrowser())
                ? Optional.of(new DeviceKind(device.getBrowser(), device.getOperatingSystem(), device.getDeviceClass()))
                : Optional.empty();
    }

    /** As a person reads it, without the browser's version: "Chrome on Windows NT · Desktop". */
    public String describe() {
        return Device.describe(browser, null, operatingSystem, deviceClass);
    }
}
