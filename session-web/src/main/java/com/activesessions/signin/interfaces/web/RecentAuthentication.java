package com.activesessions.signin.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;

/**
 * When the session last proved who holds it: its sign-in, or the password (and second factor)
 * typed again before a sensitive step. Within {@value #WINDOW_SECONDS} (default 300) of that, the
 * next sensitive step does not ask again, as a person who has just typed their password expects;
 * past it, a cookie stolen from an idle browser cannot make a token or end the others unasked.
 * Kept in the session itself, so it ends with it and moves with it between instances.
 */
@ApplicationScoped
public class RecentAuthentication {

    public static final String WINDOW_SECONDS = "activesessions.reauthentication.window-seconds";

    static final long DEFAULT_WINDOW_SECONDS = 300;
    private static final String ATTRIBUTE = RecentAuthentication.class.getName();

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    /** The session has just signed in, with every factor its account has. */
    public void signedIn(HttpSession session) {
        confirmed(session);
    }

    /** The session's holder has just typed the password again, and the code if the account has one. */
    public void confirmed(HttpSession session) {
        session.setAttribute(ATTRIBUTE, clock.instant());
    }

    /** Whether the session proved who holds it within the window. */
    public boolean isRecent(HttpSession session) {
        Object at = session == null ? null : session.getAttribute(ATTRIBUTE);
        return at instanceof Instant instant && !clock.instant().isAfter(instant.plus(window()));
    }

    private Duration window() {
        long seconds = config.getOptionalValue(WINDOW_SECONDS, Long.class).orElse(DEFAULT_WINDOW_SECONDS);
        return Duration.ofSeconds(Math.max(0, seconds));
    }
}
