package com.activesessions.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sets MicroProfile Config properties on the test domain, as an operator would with
 * {@code asadmin set-config-property}, and removes them again. The test domain reads config
 * without caching (session-it/src/test/payara/test-domain.asadmin), so a change applies at once;
 * but the settings every request asks for (the tracking switch, the trusted proxies) the application
 * itself reads at most once a second (RefreshedSetting): a change of them waits that second out, in
 * both directions.
 */
public final class ServerSettings implements AutoCloseable {

    /** The settings the application reads at most once per {@link #READ_EVERY}. */
    private static final Set<String> READ_ONCE_A_SECOND = Set.of(
            "activesessions.tracking.enabled",
            "activesessions.network.trusted-proxies",
            "activesessions.network.served-over-tls",
            "activesessions.operators");

    private static final Duration READ_EVERY = Duration.ofSeconds(1);

    private final List<String> set = new ArrayList<>();

    public ServerSettings set(String name, Object value) {
        asadmin("set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
        if (!set.contains(name)) {
            set.add(name);
        }
        awaitRead(name);
        return this;
    }

    @Override
    public void close() {
        set.forEach(name -> {
            asadmin("delete-config-property", "--propertyName=" + name, "--source=domain");
            awaitRead(name);
        });
        set.clear();
    }

    /** The application's own bound on how stale the setting may be; past it, the change must show. */
    private static void awaitRead(String name) {
        if (!READ_ONCE_A_SECOND.contains(name)) {
            return;
        }
        try {
            Thread.sleep(READ_EVERY.toMillis() + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a setting applied", e);
        }
    }

    private static void asadmin(String... command) {
        Asadmin.run(command);
    }
}
