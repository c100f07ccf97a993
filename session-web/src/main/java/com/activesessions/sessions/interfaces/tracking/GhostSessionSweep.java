package com.activesessions.sessions.interfaces.tracking;

import com.activesessions.sessions.application.SessionExpiry;
import com.activesessions.sessions.domain.SessionIdHash;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * After a start, ends the records of sessions that died with the server, so the table never
 * lists a session that cannot make a request. It waits a little first: the sessions that Payara
 * restores (written out at the last stop or redeployment) report back as they are loaded
 * ({@link RestoredSessions}) and are kept.
 *
 * <p>Only a single server (Payara's own instance, {@value #SINGLE_SERVER}) sweeps. An instance of
 * a deployment group does not: the other instances' sessions are not in its memory, and its own
 * live on in the data grid (web availability), to be picked up by whichever instance the user
 * reaches next. A record whose session no server will ever present again ends by its idle time-out
 * ({@link com.activesessions.sessions.application.ExpirySweep}).
 */
@WebListener
public class GhostSessionSweep implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(GhostSessionSweep.class.getName());
    private static final long DELAY_SECONDS = 10;
    static final String SINGLE_SERVER = "server";

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private SessionExpiry expiry;

    @Inject
    private SessionTracker tracker;

    private ServletContext context;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        context = event.getServletContext();
        String instance = System.getProperty("com.sun.aas.instanceName", SINGLE_SERVER);
        if (SINGLE_SERVER.equals(instance)) {
            scheduler.schedule(this::sweep, DELAY_SECONDS, TimeUnit.SECONDS);
        } else {
            RestoredSessions.of(context).close();
            LOG.info(
                    () -> "No restart sweep on " + instance + ": sessions of a deployment group live in the data grid");
        }
    }

    void sweep() {
        Instant listedAt = Instant.now();
        Set<SessionIdHash> held = new HashSet<>(tracker.liveSessions());
        held.addAll(RestoredSessions.of(context).close());
        int ended = expiry.endAllBut(held, listedAt).size();
        if (ended > 0) {
            LOG.info(() -> "Ended the records of " + ended + " sessions that did not survive the restart");
        }
    }
}
