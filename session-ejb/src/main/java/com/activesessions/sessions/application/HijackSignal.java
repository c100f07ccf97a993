package com.activesessions.sessions.application;

/**
 * A request of a session that looks like someone else's use of it, and what kind: the hijack
 * policy ({@link SessionPolicy.HijackPolicy}) decides by the kind whether the session ends.
 *
 * @param details what changed, in words for the activity log
 */
public record HijackSignal(Kind kind, String details) {

    /** What changed since the sign-in. */
    public enum Kind {
        /** Another browser, or the same on another operating system: someone else's device. */
        ANOTHER_BROWSER,
        /** The same browser on the same system with another User-Agent: most often an update. */
        BROWSER_UPDATED,
        /** The address moved (anywhere, or out of the network, as the setting says). */
        ANOTHER_ADDRESS
    }
}
