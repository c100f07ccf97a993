package com.activesessions.bench;

import java.util.List;

/**
 * Sets a MicroProfile Config property on the running domain, as an operator would with
 * {@code asadmin set-config-property}; the bench domain caches config for one second, and the
 * application reads the tracking switch at most once a second, so the change applies within two.
 */
final class ServerSetting {

    private final String asadmin;
    private final int adminPort;

    ServerSetting(String asadmin, int adminPort) {
        this.asadmin = asadmin;
        this.adminPort = adminPort;
    }

    void set(String name, Object value) throws InterruptedException {
        Command.run(List.of(
                asadmin,
                "--port",
                Integer.toString(adminPort),
                "set-config-property",
                "--propertyName=" + name,
                "--propertyValue=" + value,
                "--source=domain"));
        Thread.sleep(3000);
    }
}
