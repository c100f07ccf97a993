package com.activesessions.sessions.interfaces.tracking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Hands the container's session events to the {@link SessionTracker}. */
@WebListener
public class SessionLifecycleListener implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    private SessionTracker tracker;

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        tracker.idChanged(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        tracker.destroyed(event.getSession());
    }
}
