package com.activesessions.sessions.infrastructure;

import com.activesessions.sessions.domain.TrackedSessionRepository;
import com.activesessions.shared.infrastructure.persistence.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The number of active sessions, as the database counts them: the same on every server of a
 * group, unlike a count of one server's HTTP sessions.
 */
@Singleton
@Startup
@DependsOn(DatabaseMigrations.NAME)
public class ActiveSessionsGauge {

    static final String ACTIVE_SESSIONS = "activesessions.sessions.active";

    @Inject
    private MetricRegistry registry;

    @Inject
    private TrackedSessionRepository sessions;

    @Resource
    private SessionContext context;

    /** Registered through the bean's own proxy: the metrics endpoint's thread has no component context of ours. */
    @PostConstruct
    void register() {
        ActiveSessionsGauge self = context.getBusinessObject(ActiveSessionsGauge.class);
        registry.gauge(
                Metadata.builder()
                        .withName(ACTIVE_SESSIONS)
                        .withDescription("Sessions signed in and not ended, on every server")
                        .build(),
                self::count);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return sessions.countActive();
    }
}
