package com.activesessions.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * What a session was signed in from, as read from its User-Agent. The raw header is kept,
 * cut to {@link #MAX_USER_AGENT_LENGTH} characters, for support and for later re-reading.
 */
@Embeddable
public class Device {

    public static final int MAX_USER_AGENT_LENGTH = 512;
    private static final int MAX_PART_LENGTH = 100;

    @Column(name = "BROWSER", length = MAX_PART_LENGTH)
    private String browser;

    @Column(name = "BROWSER_VERSION", length = MAX_PART_LENGTH)
    private String browserVersion;

    @Column(name = "OPERATING_SYSTEM", length = MAX_PART_LENGTH)
    private String operatingSystem;

    @Column(name = "DEVICE_CLASS", length = MAX_PART_LENGTH)
    private String deviceClass;

    @Column(name = "USER_AGENT", length = MAX_USER_AGENT_LENGTH)
    private String userAgent;

    protected Device() {
        // for JPA
    }

    public Device(String browser, String browserVersion, String operatingSystem, String deviceClass, String userAgent) {
        this.browser = cut(browser, MAX_PART_LENGTH);
        this.browserVersion = cut(browserVersion, MAX_PART_LENGTH);
        this.operatingSystem = cut(operatingSystem, MAX_PART_LENGTH);
        this.deviceClass = cut(deviceClass, MAX_PART_LENGTH);
        this.userAgent = cut(userAgent, MAX_USER_AGENT_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** A line a person reads, such as "Firefox 132 on Ubuntu · Desktop". */
    public String describe() {
        return describe(browser, browserVersion, operatingSystem, deviceClass);
    }

    /** Which device it is, as sessions are grouped: see {@link DeviceKind}; empty if its browser is unknown. */
    public Optional<DeviceKind> kind() {
        return DeviceKind.of(this);
    }

    /** The parts that are known, in one line; a version that is null is left out. */
    static String describe(String browser, String browserVersion, String operatingSystem, String deviceClass) {
        StringBuilder text = new StringBuilder(known(browser) ? browser : "Unknown browser");
        if (known(browserVersion)) {
            text.append(' ').append(browserVersion);
        }
        if (known(operatingSystem)) {
            text.append(" on ").append(operatingSystem);
        }
        if (known(deviceClass)) {
            text.append(" · ").append(deviceClass);
        }
        return text.toString();
    }

    static boolean known(String part) {
        return part != null && !part.isBlank() && !part.startsWith("Unknown") && !"??".equals(part);
    }

    public String getBrowser() {
        return browser;
    }

    public String getBrowserVersion() {
        return browserVersion;
    }

    public String getOperatingSystem() {
        return operatingSystem;
    }

    public String getDeviceClass() {
        return deviceClass;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
