package com.activesessions.application;

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
import jakarta.inject.Inject;
import java.time.Duration;
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

    @Inject
    private SessionRegistry registry;

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

    @Inject
    private TimerWork timerWork;

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onInterval() {
        timerWork.run("The expiry sweep", this::sweep);
    }

    /**
     * Ends the overdue records, with a grace of two flush intervals (a record's last access may lag
     * behind its server's by up to one).
     *
     * @return how many were ended
     */
    public int sweep() {
        int ended = registry.endOverdue(Duration.ofSeconds(2 * Math.max(1, flushIntervalSeconds)))
                .size();
        if (ended > 0) {
            LOG.info(() -> "Ended the records of " + ended + " sessions past their time-out that no server held");
        }
        return ended;
    }
}
