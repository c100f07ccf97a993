package com.activesessions.it;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets MicroProfile Config properties on the test domain, as an operator would with
 * {@code asadmin set-config-property}, and removes them again. The test domain reads config
 * without caching (session-it/src/test/payara/test-domain.asadmin), so a change applies at once.
 */
public final class ServerSettings implements AutoCloseable {

    private final List<String> set = new ArrayList<>();

    public ServerSettings set(String name, Object value) {
        asadmin("set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
        if (!set.contains(name)) {
            set.add(name);
        }
        return this;
    }

    @Override
    public void close() {
        set.forEach(name -> asadmin("delete-config-property", "--propertyName=" + name, "--source=domain"));
        set.clear();
    }

    private static void asadmin(String... command) {
        Asadmin.run(command);
    }
}
