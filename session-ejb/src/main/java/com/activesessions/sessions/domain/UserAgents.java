package com.activesessions.sessions.domain;

/**
 * Reads what a User-Agent header says about the device behind it. A port: the application names
 * what it needs, and the parser that answers (Yauaa today) stays in infrastructure.
 */
public interface UserAgents {

    /** The browser, its version, the operating system and the device class, for a session's record. */
    Device parse(String userAgent);

    /** The browser and operating system without versions: what a hijack check compares. */
    BrowserFamily familyOf(String userAgent);
}
