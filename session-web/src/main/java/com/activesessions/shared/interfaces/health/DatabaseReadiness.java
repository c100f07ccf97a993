package com.activesessions.shared.interfaces.health;

import com.activesessions.shared.application.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: every page and API call needs it, so a load balancer
 * should send nobody to a server that cannot reach it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        return database.problem()
                .map(problem -> HealthCheckResponse.named("database")
                        .down()
                        .withData("error", problem)
                        .build())
                .orElseGet(() -> HealthCheckResponse.up("database"));
    }
}
