package com.activesessions.interfaces.web.tracking;

import com.activesessions.application.SessionRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * After a start, ends the records of sessions that died with the server, so the table never
 * lists a session that cannot make a request. It waits a little first: sessions that Payara
 * restores report back as they are loaded ({@link SessionTicket#sessionDidActivate}) and are kept.
 */
@WebListener
public class GhostSessionSweep implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(GhostSessionSweep.class.getName());
    private static final long DELAY_SECONDS = 10;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private SessionRegistry registry;

    @Inject
    private SessionTracker tracker;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduler.schedule(this::sweep, DELAY_SECONDS, TimeUnit.SECONDS);
    }

    void sweep() {
        Instant listedAt = Instant.now();
        int ended = registry.endAllBut(tracker.liveSessions(), listedAt).size();
        if (ended > 0) {
            LOG.info(() -> "Ended the records of " + ended + " sessions that did not survive the restart");
        }
    }
}
