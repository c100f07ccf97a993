package com.activesessions.devdata.infrastructure;

import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.shared.infrastructure.persistence.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills a development database with a generated organisation at start-up, when asked to with
 * {@code activesessions.dev-data.sessions} (0, the default, generates nothing). It runs in the
 * background, once: a database that holds the organisation's administrator is left alone.
 *
 * <pre>
 * asadmin set-config-property --propertyName=activesessions.dev-data.sessions --propertyValue=100000 --source=domain
 * </pre>
 */
@Singleton
@Startup
@DependsOn(DatabaseMigrations.NAME)
public class DevelopmentData {

    public static final String ORGANISATION = "Generated Org";

    @Inject
    @ConfigProperty(name = "activesessions.dev-data.sessions", defaultValue = "0")
    private int sessions;

    @Inject
    private SessionDataGenerator generator;

    @Inject
    private AccountRepository accounts;

    @PostConstruct
    void generateIfAsked() {
        if (sessions <= 0) {
            return;
        }
        GeneratedData data = new GeneratedData(ORGANISATION, Math.max(1, sessions / 50), sessions, 0.05, 42);
        if (accounts.findByEmail(data.emailOf(0)).isEmpty()) {
            generator.generateInBackground(data);
        }
    }
}
