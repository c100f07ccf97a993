package com.activesessions.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item 2: how many statements the database executes per 1,000 authenticated requests spread over
 * N signed-in sessions, counted by PostgreSQL itself ({@code pg_stat_statements}) on the
 * scale-out topology's database. The counter is reset after the sign-ins, the load runs for
 * several flush intervals, and the count is read once the last flush after it has run.
 */
final class DatabaseWrites {

    private static final String PATH = "/api/v1/sessions";

    private final URI instance;
    private final String postgresUrl;
    private final Duration flushInterval;

    DatabaseWrites(URI instance, String postgresUrl, Duration flushInterval) {
        this.instance = instance;
        this.postgresUrl = postgresUrl;
        this.flushInterval = flushInterval;
    }

    /** The table's header; then one {@link #row} per N. */
    String header(Duration load, int connections) {
        return String.format(
                "`GET %s` over %d connections for %d s per row on instance A (flush interval %d s), statements "
                        + "counted by PostgreSQL's `pg_stat_statements` from after the sign-ins to after the "
                        + "flush that follows the load.%n%n"
                        + "| sessions N | requests | flushes in the window | writes (INSERT/UPDATE/DELETE) | "
                        + "writes per 1,000 requests | bound: N × flushes | one write per request "
                        + "(Spring Session JDBC) per 1,000 | reads per 1,000 requests | load avg |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                PATH, connections, load.toSeconds(), flushInterval.toSeconds());
    }

    String row(List<BrowserSession> sessions, Duration load, int connections) throws Exception {
        List<Map<String, String>> headers =
                sessions.stream().map(BrowserSession::headers).toList();
        // Settles what the sign-ins left in the buffer before counting.
        Thread.sleep(flushInterval.toMillis() + 1000);
        reset();
        long started = System.currentTimeMillis();
        LoadRun.Figures figures = LoadRun.run(instance, PATH, headers, connections, load, 200);
        Thread.sleep(flushInterval.toMillis() + 1000);
        double windowSeconds = (System.currentTimeMillis() - started) / 1000.0;
        long flushes = (long) Math.ceil(windowSeconds / flushInterval.toSeconds());
        long[] counted = count();
        long writes = counted[0];
        long reads = counted[1];
        return String.format(
                "| %d | %,d | ≤ %d | %,d | %.1f | %,d | 1,000 | %.1f | %.1f |%n",
                sessions.size(),
                figures.requests(),
                flushes,
                writes,
                1000.0 * writes / figures.requests(),
                sessions.size() * flushes,
                1000.0 * reads / figures.requests(),
                figures.load());
    }

    /** The write statements by text, for the section's note. */
    List<String> writeStatements() throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT calls, rows, query FROM pg_stat_statements "
                        + "WHERE query ~* '^\\s*(insert|update|delete)' ORDER BY calls DESC")) {
            while (rows.next()) {
                statements.add(String.format(
                        "%,d calls, %,d rows: `%s`",
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3).replaceAll("\\s+", " ").replaceAll("(.{120}).*", "$1…")));
            }
        }
        return statements;
    }

    void prepare() throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    private void reset() throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Write and read statements executed since the reset, on the product's database, by the product's user. */
    private long[] count() throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT "
                        + "coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(insert|update|delete)'), 0), "
                        + "coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*select'), 0) "
                        + "FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid "
                        + "WHERE r.rolname = 'activesessions'")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgresUrl, "postgres", "");
    }
}
