package com.activesessions.it.resilience;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What "nothing half-written" means in the database: a session's record and the events of its
 * sign-in and its end are written in one transaction each, so whatever fault struck, no record
 * lacks its event and no event lacks its record. Each rule is a query that finds the rows that
 * break it.
 */
final class DatabaseConsistency {

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

    private DatabaseConsistency() {}

    /** @return each broken rule with the public ids that break it; empty when the database is whole */
    static List<String> violations() throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            List<List<String>> rows = ResilienceServer.rows(rule.getValue());
            if (!rows.isEmpty()) {
                violations.add(rule.getKey() + ": " + rows);
            }
        }
        return violations;
    }
}
