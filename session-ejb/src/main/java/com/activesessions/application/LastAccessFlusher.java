package com.activesessions.application;

import com.activesessions.domain.model.SessionAccess;
import com.activesessions.domain.model.SessionIdHash;
import com.activesessions.domain.model.TrackedSessionRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the buffered last-access times, request and API-call counts to the database every flush
 * interval ({@code activesessions.tracking.flush-interval-seconds}, 60 by default), in one
 * transaction: at most one write per session per interval.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class LastAccessFlusher {

    private static final Logger LOG = Logger.getLogger(LastAccessFlusher.class.getName());

    @Inject
    private LastAccessBuffer buffer;

    @Inject
    private TrackedSessionRepository sessions;

    @Inject
    @ConfigProperty(name = "activesessions.tracking.flush-interval-seconds", defaultValue = "60")
    private long intervalSeconds;

    @Resource
    private TimerService timerService;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("last-access-flush", false));
    }

    @Inject
    private RevokedSessions revoked;

    @Inject
    private Event<LastAccessFlushed> flushed;

    @Inject
    private SessionPolicy policy;

    @Inject
    private RecordCheck recordCheck;

    @Timeout
    void onInterval() {
        flush();
        revoked.forgetRevokedBefore(Instant.now().minus(policy.limits().lifetime()));
        recordCheck.forgetConfirmedBefore(Instant.now().minus(policy.limits().idleTimeout()));
    }

    /**
     * Writes what the buffer holds.
     *
     * @return the number of sessions written
     */
    public int flush() {
        Map<SessionIdHash, SessionAccess> batch = buffer.drain();
        if (batch.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        int statements = sessions.touchAll(batch);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(Level.FINE, "Flushed the accesses of {0} sessions in {1} statements, {2} ms", new Object[] {
            batch.size(), statements, took.toMillis()
        });
        flushed.fire(new LastAccessFlushed(batch.size(), took));
        return batch.size();
    }
}
