package com.activesessions.sessions.domain;

/**
 * A browser and the operating system it runs on, without versions: what stays the same when a
 * browser updates itself, and changes when someone else's browser presents a session's cookie.
 *
 * @param browser such as "Chrome"
 * @param operatingSystem such as "Windows NT"
 */
public record BrowserFamily(String browser, String operatingSystem) {

    /** What a missing, oversized or hostile User-Agent is read as. */
    public static final BrowserFamily UNKNOWN = new BrowserFamily(null, null);

    /**
     * Whether both are the same browser on the same system. An unknown one is like no other, not
     * even another unknown one: two unreadable User-Agents cannot be told to be one browser.
     */
    public boolean sameAs(BrowserFamily other) {
        return !UNKNOWN.equals(this) && equals(other);
    }

    /** As a person reads it: "Chrome on Windows NT". */
    @Override
    public String toString() {
        return UNKNOWN.equals(this) ? "an unknown browser" : browser + " on " + operatingSystem;
    }
}
