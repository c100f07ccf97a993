package com.activesessions.application;

import com.activesessions.domain.model.ActivityEvent;
import com.activesessions.domain.model.ActivityLog;
import com.activesessions.domain.model.ActivityType;
import com.activesessions.domain.model.Organisation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Removes activity events older than the retention ({@value #RETENTION_DAYS}, 365 days by default,
 * read at each run; 0 keeps every event), once an hour. The removal is itself recorded: one event
 * per organisation that lost events, saying how many and up to when, in the same transaction.
 */
@Singleton
public class ActivityRetention {

    public static final String RETENTION_DAYS = "activesessions.activity.retention-days";
    private static final int DEFAULT_DAYS = 365;
    private static final Logger LOG = Logger.getLogger(ActivityRetention.class.getName());

    @Inject
    private ActivityLog activityLog;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void onSchedule() {
        removeExpired();
    }

    /** @return the number of events removed */
    public int removeExpired() {
        int days = config.getOptionalValue(RETENTION_DAYS, Integer.class).orElse(DEFAULT_DAYS);
        if (days <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(days));
        Map<Organisation, Long> counts = activityLog.countOlderThan(cutoff);
        if (counts.isEmpty()) {
            return 0;
        }
        int removed = activityLog.removeOlderThan(cutoff);
        counts.forEach((organisation, count) -> activityLog.append(ActivityEvent.ofOrganisation(
                now,
                ActivityType.EVENTS_REMOVED_BY_RETENTION,
                organisation,
                count + (count == 1 ? " event" : " events") + " older than " + days + " days (before " + cutoff
                        + ") removed")));
        LOG.info(() -> "Activity retention removed " + removed + " events before " + cutoff);
        return removed;
    }
}
