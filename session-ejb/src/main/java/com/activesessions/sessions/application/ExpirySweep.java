package com.activesessions.sessions.application;

import com.activesessions.shared.application.TimerWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code activesessions.tracking.expiry-sweep-seconds} (300 by default), ends the records
 * that should have ended by now but that no server will end: sessions that died with a server of a
 * deployment group, or whose copy in the data grid was lost. A live session is ended by its own
 * server (the container's idle time-out, the lifetime check on each request) long before this.
 *
 * <p>Every instance sweeps; it is safe to do so twice, since each record is ended under a row lock
 * and only if it is still active.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());
    /** Records read, and ended, in one transaction. */
    static final int BATCH = 500;

    private SessionExpiry expiry;
    private TimerWork timerWork;

    /** For the EJB container, which needs a public constructor without arguments. */
    public ExpirySweep() {}

    @Inject
    public ExpirySweep(SessionExpiry expiry, TimerWork timerWork) {
        this.expiry = expiry;
        this.timerWork = timerWork;
    }

    @Inject
    @ConfigProperty(name = "activesessions.tracking.expiry-sweep-seconds", defaultValue = "300")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "activesessions.tracking.flush-interval-seconds", defaultValue = "60")
    private long flushIntervalSeconds;

    @Resource
    private TimerService timerService;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("expiry-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onInterval() {
        Duration grace = Duration.ofSeconds(2 * Math.max(1, flushIntervalSeconds));
        timerWork.runInBatches("The expiry sweep", () -> sweep(grace, BATCH));
    }

    /**
     * Ends the overdue records, batch after batch, with a grace (a record's last access may lag behind
     * its server's by up to one flush interval; the timer gives two). Callers may sweep at once: each
     * record is ended once.
     *
     * @return the sessions ended
     */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EndedSession> sweep(Duration grace, int batchSize) {
        Optional<Duration> shortestIdle = expiry.shortestIdleTimeout();
        if (shortestIdle.isEmpty()) {
            return List.of();
        }
        List<EndedSession> ended = SessionExpiry.Batch.untilTheLast(
                after -> expiry.endOverdue(grace, shortestIdle.get(), after, batchSize));
        if (!ended.isEmpty()) {
            LOG.info(
                    () -> "Ended the records of " + ended.size() + " sessions past their time-out that no server held");
        }
        return ended;
    }
}
