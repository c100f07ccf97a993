package com.activesessions.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets MicroProfile Config properties on the test domain, as an operator would with
 * {@code asadmin set-config-property}, and removes them again. The test domain reads config
 * without caching (session-it/src/test/payara/test-domain.asadmin), so a change applies at once;
 * but the settings every request asks for (the tracking switch, the trusted proxies) the application
 * itself reads at most once a second (RefreshedSetting): a change of them waits that second out, in
 * both directions. A setting that the test domain itself sets (test-domain.asadmin) is put back to
 * that value, not removed.
 */
public final class ServerSettings implements AutoCloseable {

    /** The settings the application reads at most once per {@link #READ_EVERY} (the IP database: on each lookup). */
    private static final Set<String> READ_ONCE_A_SECOND = Set.of(
            "activesessions.tracking.enabled",
            "activesessions.network.trusted-proxies",
            "activesessions.network.served-over-tls",
            "activesessions.operators",
            "activesessions.geoip.database");

    private static final Duration READ_EVERY = Duration.ofSeconds(1);

    private static final Path TEST_DOMAIN_COMMANDS = Path.of("src/test/payara/test-domain.asadmin");
    private static final Pattern TEST_DOMAIN_SETTING =
            Pattern.compile("set-config-property --propertyName=(\\S+) --propertyValue=(\\S+) --source=domain");

    private final List<String> set = new ArrayList<>();

    public ServerSettings set(String name, Object value) {
        asadmin("set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
        if (!set.contains(name)) {
            set.add(name);
        }
        awaitRead(name);
        return this;
    }

    /** Removes the setting, so that the product's own default applies until {@link #close}. */
    public ServerSettings withDefault(String name) {
        asadmin("delete-config-property", "--propertyName=" + name, "--source=domain");
        if (!set.contains(name)) {
            set.add(name);
        }
        awaitRead(name);
        return this;
    }

    @Override
    public void close() {
        Map<String, String> testDomain = testDomainSettings();
        set.forEach(name -> {
            Optional.ofNullable(testDomain.get(name))
                    .ifPresentOrElse(
                            value -> asadmin(
                                    "set-config-property",
                                    "--propertyName=" + name,
                                    "--propertyValue=" + value,
                                    "--source=domain"),
                            () -> asadmin("delete-config-property", "--propertyName=" + name, "--source=domain"));
            awaitRead(name);
        });
        set.clear();
    }

    /** The settings the test domain starts with, as test-domain.asadmin sets them. */
    private static Map<String, String> testDomainSettings() {
        try {
            Map<String, String> settings = new HashMap<>();
            Matcher setting = TEST_DOMAIN_SETTING.matcher(Files.readString(TEST_DOMAIN_COMMANDS));
            while (setting.find()) {
                settings.put(setting.group(1), setting.group(2));
            }
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEST_DOMAIN_COMMANDS.toAbsolutePath(), e);
        }
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
