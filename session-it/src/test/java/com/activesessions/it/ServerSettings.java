package com.activesessions.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sets MicroProfile Config properties on the test domain, as an operator would with
 * {@code asadmin set-config-property}, and removes them again. The test domain reads config
 * without caching (session-it/src/test/payara/test-domain.asadmin), so a change applies at once.
 */
public final class ServerSettings implements AutoCloseable {

    private final List<String> set = new ArrayList<>();

    public ServerSettings set(String name, Object value) {
        asadmin("set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
        set.add(name);
        return this;
    }

    @Override
    public void close() {
        set.forEach(name -> asadmin("delete-config-property", "--propertyName=" + name, "--source=domain"));
        set.clear();
    }

    private static void asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(
                System.getProperty("payara.asadmin", "../build/payara6/bin/asadmin"),
                "--port",
                System.getProperty("payara.admin.port", "9048")));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("asadmin " + String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run asadmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
