package com.activesessions.sessions.application;

import com.activesessions.sessions.domain.SessionAccess;
import com.activesessions.sessions.domain.SessionIdHash;
import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.shared.application.TimerWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the buffered last-access times, request and API-call counts to the database every flush
 * interval ({@code activesessions.tracking.flush-interval-seconds}, 60 by default), in one
 * transaction: at most one write per session per interval. A batch whose transaction fails goes back
 * into the buffer; only a crash of the server loses accesses, at most those of one interval.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class LastAccessFlusher {

    private static final Logger LOG = Logger.getLogger(LastAccessFlusher.class.getName());

    private LastAccessBuffer buffer;
    private TrackedSessionRepository sessions;
    private RevokedSessions revoked;
    private Event<LastAccessFlushed> flushed;
    private SessionPolicy policy;
    private RecordCheck recordCheck;
    private TimerWork timerWork;

    /** For the EJB container, which needs a public constructor without arguments. */
    public LastAccessFlusher() {}

    @Inject
    public LastAccessFlusher(
            LastAccessBuffer buffer,
            TrackedSessionRepository sessions,
            RevokedSessions revoked,
            Event<LastAccessFlushed> flushed,
            SessionPolicy policy,
            RecordCheck recordCheck,
            TimerWork timerWork) {
        this.buffer = buffer;
        this.sessions = sessions;
        this.revoked = revoked;
        this.flushed = flushed;
        this.policy = policy;
        this.recordCheck = recordCheck;
        this.timerWork = timerWork;
    }

    @Inject
    @ConfigProperty(name = "activesessions.tracking.flush-interval-seconds", defaultValue = "60")
    private long intervalSeconds;

    @Resource
    private TimerService timerService;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("last-access-flush", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onInterval() {
        timerWork.run("The last-access flush", this::flush);
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
        PutBackUnlessCommitted.register(transaction, buffer, batch);
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
