package com.activesessions.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs asadmin against the test domain, as an operator would. */
public final class Asadmin {

    private Asadmin() {}

    /** @return what asadmin printed */
    public static String run(String... command) {
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
            return output;
        } catch (IOException e) {
            throw new AssertionError("Could not run asadmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
