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
 * N signed-in sessions, counted by PostgreSQL itself ({@code pg_stat_statements}) on the bench's
 * own domain put on PostgreSQL. The counter is reset after the sign-ins, the load runs for
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
                "`GET %s` over %d connections for %d s per row (flush interval %d s), on the bench's own domain put "
                        + "on PostgreSQL; statements counted by PostgreSQL's `pg_stat_statements`, reset after the "
                        + "sign-ins had been flushed and read once the flush after the load had run. The accesses of "
                        + "%d s of load are written by the %d flushes that fall within the load and one interval "
                        + "after it.%n%n"
                        + "| sessions N | requests | writes (INSERT/UPDATE/DELETE statements) | rows written | "
                        + "writes per 1,000 requests | Spring Session JDBC per 1,000 (one UPDATE per request) | "
                        + "writes per session per flush | reads per 1,000 requests | load avg |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                PATH, connections, load.toSeconds(), flushInterval.toSeconds(), load.toSeconds(), flushes(load));
    }

    String row(List<BrowserSession> sessions, Duration load, int connections) throws Exception {
        List<Map<String, String>> headers =
                sessions.stream().map(BrowserSession::headers).toList();
        // Settles what the sign-ins left in the buffer before counting.
        Thread.sleep(flushInterval.toMillis() + 1000);
        reset();
        LoadRun.Figures figures = LoadRun.run(instance, PATH, headers, connections, load, 200);
        Thread.sleep(flushInterval.toMillis() + 1000);
        Counted counted = count();
        return String.format(
                "| %,d | %,d | %,d | %,d | %.1f | 1,000 | %.2f | %.1f | %.1f |%n",
                sessions.size(),
                figures.requests(),
                counted.writes(),
                counted.rowsWritten(),
                1000.0 * counted.writes() / figures.requests(),
                (double) counted.writes() / (sessions.size() * flushes(load)),
                1000.0 * counted.reads() / figures.requests(),
                figures.load());
    }

    /** The flushes that find the accesses of a load this long: those within it and one interval after. */
    private long flushes(Duration load) {
        return load.toSeconds() / flushInterval.toSeconds() + 1;
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

    private record Counted(long writes, long rowsWritten, long reads) {}

    /** Write and read statements executed since the reset, on the product's database, by the product's user. */
    private Counted count() throws SQLException {
        String write = "query ~* '^\\s*(insert|update|delete)'";
        try (Connection db = connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT "
                        + "coalesce(sum(calls) FILTER (WHERE " + write + "), 0), "
                        + "coalesce(sum(rows) FILTER (WHERE " + write + "), 0), "
                        + "coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*select'), 0) "
                        + "FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid "
                        + "WHERE r.rolname = 'activesessions'")) {
            rows.next();
            return new Counted(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgresUrl, "postgres", "");
    }
}
