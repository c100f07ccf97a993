package com.activesessions.it.resilience;

import com.activesessions.it.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server and database of the resilience suite, as an operator handles them: PostgreSQL stopped
 * and started with {@code scripts/postgres.sh} (pg_ctl), Payara killed with SIGKILL and started
 * with {@code scripts/payara.sh}. {@code scripts/resilience-domain.sh} made both (session-it/pom.xml,
 * profile {@code resilience}).
 */
final class ResilienceServer {

    /** The flush interval the resilience domain is given (activesessions.tracking.flush-interval-seconds). */
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

    /** How long Payara may take to start and load the application on a busy machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private static final Path ROOT =
            Path.of(System.getProperty("project.root", "..")).toAbsolutePath();
    private static final String DOMAIN = System.getProperty("resilience.domain", "activesessions-resilience");
    private static final String POSTGRES_PORT = System.getProperty("resilience.postgres.port", "55433");
    private static final String POSTGRES_DIR = System.getProperty(
            "resilience.postgres.dir", ROOT.resolve("build/resilience-postgres").toString());

    private ResilienceServer() {}

    static void stopDatabase() {
        run(ROOT.resolve("scripts/postgres.sh").toString(), "stop", POSTGRES_DIR, "fast");
    }

    static void startDatabase() {
        run(ROOT.resolve("scripts/postgres.sh").toString(), "start", POSTGRES_PORT, POSTGRES_DIR);
    }

    /** Starts the database unless it answers: whatever a test did, the next finds it running. */
    static void ensureDatabaseRuns() {
        try (Connection ignored = database()) {
            // it runs
        } catch (SQLException stopped) {
            startDatabase();
        }
    }

    /** A connection of the test's own to the application's database. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/activesessions", "activesessions", "activesessions");
    }

    /** Sends SIGKILL to the server's JVM, as a crash or the OOM killer would, and waits until it is gone. */
    static void killServer() throws IOException, InterruptedException {
        Path pidFile = ROOT.resolve("build/payara6/glassfish/domains/" + DOMAIN + "/config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No server process " + pid));
        if (!server.destroyForcibly()) {
            throw new AssertionError("Could not kill " + pid);
        }
        server.onExit().join();
    }

    /** Starts the domain again and waits until the application answers its login page. */
    static Duration startServer() throws InterruptedException {
        Instant started = Instant.now();
        run(ROOT.resolve("scripts/payara.sh").toString(), "start", DOMAIN);
        awaitStatus("/login", 200, START_TIMEOUT.minus(Duration.between(started, Instant.now())));
        return Duration.between(started, Instant.now());
    }

    /** {@code asadmin restart-domain}, as an operator restarts the server; waits until the application answers. */
    static Duration restartServer() throws InterruptedException {
        Instant started = Instant.now();
        run(ROOT.resolve("build/payara6/bin/asadmin").toString(), "--interactive=false", "restart-domain", DOMAIN);
        awaitStatus("/login", 200, START_TIMEOUT.minus(Duration.between(started, Instant.now())));
        return Duration.between(started, Instant.now());
    }

    /** A graceful stop of the domain, then a start, as {@code bin/stop} and {@code bin/run} do. */
    static Duration stopAndStartServer() throws InterruptedException {
        Instant started = Instant.now();
        run(ROOT.resolve("scripts/payara.sh").toString(), "stop", DOMAIN);
        run(ROOT.resolve("scripts/payara.sh").toString(), "start", DOMAIN);
        awaitStatus("/login", 200, START_TIMEOUT.minus(Duration.between(started, Instant.now())));
        return Duration.between(started, Instant.now());
    }

    /** Deploys this EAR over the running application, as {@code bin/run} and an upgrade do. */
    static Duration redeploy(Path ear) throws InterruptedException {
        Instant started = Instant.now();
        run(ROOT.resolve("scripts/payara.sh").toString(), "deploy", DOMAIN, ear.toString());
        awaitStatus("/login", 200, START_TIMEOUT.minus(Duration.between(started, Instant.now())));
        return Duration.between(started, Instant.now());
    }

    /** The EAR the build made. */
    static Path builtEar() {
        return ROOT.resolve("session-ear/target/active-sessions.ear");
    }

    /** Waits until a GET of the path answers the status. */
    static void awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = http.send(
                                HttpRequest.newBuilder(URI.create(TestServer.baseUri() + path))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + timeout + " (last: " + last + ")");
    }

    /** The rows of a query, each as its columns' text. */
    static List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                List<List<String>> rows = new java.util.ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new java.util.ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The single number a query counts. */
    static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(rows(sql, parameters).get(0).get(0));
    }

    private static void run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
