package com.activesessions.sessions.infrastructure;

import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.sessions.application.EndedSession;
import com.activesessions.sessions.application.LastAccessFlushed;
import com.activesessions.sessions.application.SessionsEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts what happened, once the transaction that did it has committed: a sign-in that was
 * rolled back is not counted. The number of active sessions is a gauge kept by
 * {@link ActiveSessionsGauge}.
 *
 * <p>The flush timer is declared in the unit its figures are kept in: a MicroProfile Metrics 5 timer
 * keeps nanoseconds whatever it is given, and Payara 6.2025.9 exports its mean and maximum scaled
 * from the declared unit to seconds (named {@code _seconds} either way). Declared as seconds, they
 * went out as nanoseconds. Its quantiles Payara writes unscaled whatever the unit, so they are
 * switched off ({@code mp.metrics.distribution.percentiles} in microprofile-config.properties); the
 * count and sum are right. {@code MetricsIT} reads every figure back.
 */
@ApplicationScoped
public class SessionMetrics {

    static final String SIGN_INS = "activesessions.sign-ins";
    static final String FAILED_SIGN_INS = "activesessions.sign-ins.failed";
    static final String SESSIONS_ENDED = "activesessions.sessions.ended";
    static final String FLUSH_BATCH = "activesessions.flush.batch-size";
    static final String FLUSH_DURATION = "activesessions.flush.duration";

    @Inject
    private MetricRegistry registry;

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityEvent event) {
        if (event.getType() == ActivityType.SIGNED_IN) {
            registry.counter(Metadata.builder()
                            .withName(SIGN_INS)
                            .withDescription("Successful sign-ins")
                            .build())
                    .inc();
        } else if (event.getType() == ActivityType.SIGN_IN_FAILED) {
            registry.counter(Metadata.builder()
                            .withName(FAILED_SIGN_INS)
                            .withDescription("Sign-ins refused for wrong credentials")
                            .build())
                    .inc();
        }
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        Metadata metadata = Metadata.builder()
                .withName(SESSIONS_ENDED)
                .withDescription("Sessions ended, by cause")
                .build();
        for (EndedSession session : ended.sessions()) {
            registry.counter(metadata, new Tag("cause", session.reason().name()))
                    .inc();
        }
    }

    /** A flush rolled back is not counted: its batch goes back to the buffer and is written, and counted, later. */
    void flushed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LastAccessFlushed flush) {
        registry.histogram(Metadata.builder()
                        .withName(FLUSH_BATCH)
                        .withDescription("Sessions written by one flush of last-access times")
                        .build())
                .update(flush.sessions());
        registry.timer(Metadata.builder()
                        .withName(FLUSH_DURATION)
                        .withDescription("Time one flush of last-access times took")
                        .withUnit(MetricUnits.NANOSECONDS)
                        .build())
                .update(flush.took());
    }
}
