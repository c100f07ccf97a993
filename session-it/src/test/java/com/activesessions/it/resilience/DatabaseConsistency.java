package com.activesessions.it.resilience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What "nothing half-written" means in the database: a session's record and the events of its
 * sign-in and its end are written in one transaction each, so whatever fault struck, no record
 * lacks its event and no event lacks its record. Each rule is a query that finds the rows that
 * break it.
 *
 * <p>As a JUnit extension it checks the whole database after every test of the resilience suite
 * and after each test class: the suite's profile turns on the extensions listed in {@code
 * META-INF/services} (session-it/pom.xml), so a new test is checked without asking. A test fails
 * for the breaks that appeared while it ran, not for those an earlier test was already failed for.
 * While a test keeps the database stopped, the check waits for the end of its class, which starts
 * the database if the class left it stopped.
 */
public final class DatabaseConsistency implements AfterEachCallback, AfterAllCallback {

    /** The events that record a session's end (a hijack signal may also only flag it, so it is not one). */
    static final String END_EVENTS = "('SIGNED_OUT', 'SESSION_ENDED_FROM_ANOTHER_DEVICE', 'SESSION_EXPIRED',"
            + " 'SESSION_REPLACED', 'SESSION_ENDED_BY_ACCOUNT_CHANGE', 'SESSION_ENDED_AT_RESTART',"
            + " 'SESSION_ENDED_BY_ADMINISTRATOR')";

    private static final Map<String, String> RULES = Map.of(
            "a session without the event of its sign-in",
            "SELECT s.public_id FROM tracked_session s WHERE NOT EXISTS (SELECT 1 FROM activity_event e"
                    + " WHERE e.session_public_id = s.public_id AND e.type = 'SIGNED_IN')",
            "a sign-in event without its session",
            "SELECT e.session_public_id FROM activity_event e WHERE e.type = 'SIGNED_IN'"
                    + " AND NOT EXISTS (SELECT 1 FROM tracked_session s WHERE s.public_id = e.session_public_id)",
            "an ended session without exactly one event of its end",
            "SELECT s.public_id FROM tracked_session s WHERE s.status = 'ENDED' AND s.end_reason <> 'HIJACK_SIGNAL'"
                    + " AND (SELECT count(*) FROM activity_event e WHERE e.session_public_id = s.public_id"
                    + " AND e.type IN " + END_EVENTS + ") <> 1",
            "an end event of a session that is not ended",
            "SELECT e.session_public_id FROM activity_event e WHERE e.type IN " + END_EVENTS
                    + " AND NOT EXISTS (SELECT 1 FROM tracked_session s WHERE s.public_id = e.session_public_id"
                    + " AND s.status = 'ENDED')",
            "a session whose status disagrees with its end",
            "SELECT public_id FROM tracked_session WHERE (status = 'ACTIVE' AND (ended_at IS NOT NULL"
                    + " OR end_reason IS NOT NULL)) OR (status = 'ENDED' AND (ended_at IS NULL OR end_reason IS NULL))");

    private static final String SIZE =
            "SELECT (SELECT count(*) FROM tracked_session), (SELECT count(*) FROM activity_event)";

    /** The breaks a test was already failed for: each fails only the test in which it appeared. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /** For the extension loader. */
    public DatabaseConsistency() {}

    // ------------------------------------------------------------------------------------- rules

    /** @return each break as its rule and the public id that breaks it; empty when the database is whole */
    static List<String> violations() throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            for (List<String> row : ResilienceServer.rows(rule.getValue())) {
                violations.add(rule.getKey() + ": " + row.get(0));
            }
        }
        return violations;
    }

    // -------------------------------------------------------------------------------- extension

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (!ofTheSuite(context)) {
            return;
        }
        String method = context.getRequiredTestMethod().getName();
        String test = context.getRequiredTestClass().getSimpleName() + "." + method
                + (context.getDisplayName().startsWith(method) ? "" : " (" + context.getDisplayName() + ")");
        if (!databaseAnswers()) {
            System.out.println("Database consistency after " + test + ": not checked, the database is stopped"
                    + " (checked after the class)");
            return;
        }
        check(test);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!ofTheSuite(context)) {
            return;
        }
        ResilienceServer.ensureDatabaseRuns();
        check(context.getRequiredTestClass().getSimpleName() + " (after all its tests)");
    }

    private static void check(String after) throws SQLException {
        List<String> found = violations();
        List<String> size = ResilienceServer.rows(SIZE).get(0);
        List<String> appeared = found.stream().filter(REPORTED::add).sorted().toList();
        System.out.printf(
                "Database consistency after %s: %s (%d rules over %s sessions and %s events)%n",
                after,
                found.isEmpty() ? "whole" : found.size() + " breaks, " + appeared.size() + " new",
                RULES.size(),
                size.get(0),
                size.get(1));
        if (!appeared.isEmpty()) {
            throw new AssertionError("The database is no longer whole after " + after + ": " + appeared);
        }
    }

    /** Only the resilience suite has the database of its own that these rules read. */
    private static boolean ofTheSuite(ExtensionContext context) {
        return context.getRequiredTestClass().getPackageName().equals(DatabaseConsistency.class.getPackageName());
    }

    private static boolean databaseAnswers() {
        try (Connection ignored = ResilienceServer.database()) {
            return true;
        } catch (SQLException stopped) {
            return false;
        }
    }
}
