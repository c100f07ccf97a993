package com.activesessions.activity.application;

import com.activesessions.accounts.domain.Organisation;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.TimerWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Removes activity events older than the retention ({@value #RETENTION_DAYS}, 365 days by default,
 * read at each run; 0 keeps every event), once an hour. The removal is itself recorded: one event
 * per organisation that lost events, saying how many and up to when, in the same transaction.
 *
 * <p>Every instance of a deployment group runs it at the same minute: each organisation's events
 * go in one statement, whose row locks let only one instance remove them, and an instance
 * records only what it removed itself (nothing, when another was first).
 */
@Singleton
public class ActivityRetention {

    public static final String RETENTION_DAYS = "activesessions.activity.retention-days";
    private static final int DEFAULT_DAYS = 365;
    private static final Logger LOG = Logger.getLogger(ActivityRetention.class.getName());

    private final ActivityLog activityLog;
    private final Config config;
    private final Clock clock;
    private final TimerWork timerWork;

    /** The Enterprise Beans specification asks for it; the container injects through the other one. */
    public ActivityRetention() {
        this(null, null, null, null);
    }

    @Inject
    public ActivityRetention(ActivityLog activityLog, Config config, Clock clock, TimerWork timerWork) {
        this.activityLog = activityLog;
        this.config = config;
        this.clock = clock;
        this.timerWork = timerWork;
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        timerWork.run("Activity retention", this::removeExpired);
    }

    /** @return the number of events removed */
    public int removeExpired() {
        int days = config.getOptionalValue(RETENTION_DAYS, Integer.class).orElse(DEFAULT_DAYS);
        if (days <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(days));
        int removed = 0;
        // One order on every instance, so that two runs at once wait for each other, never deadlock.
        List<Organisation> organisations = activityLog.countOlderThan(cutoff).keySet().stream()
                .sorted(Comparator.nullsLast(Comparator.comparing(Organisation::getId)))
                .toList();
        for (Organisation organisation : organisations) {
            int count = activityLog.removeOlderThan(organisation, cutoff);
            if (count > 0) {
                removed += count;
                activityLog.append(ActivityEvent.ofOrganisation(
                        now,
                        ActivityType.EVENTS_REMOVED_BY_RETENTION,
                        organisation,
                        count + (count == 1 ? " event" : " events") + " older than " + days + " days (before " + cutoff
                                + ") removed"));
            }
        }
        if (removed > 0) {
            int total = removed;
            LOG.info(() -> "Activity retention removed " + total + " events before " + cutoff);
        }
        return removed;
    }
}
