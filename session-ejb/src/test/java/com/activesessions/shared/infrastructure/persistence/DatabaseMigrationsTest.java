package com.activesessions.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on the single server's database (H2, as Payara embeds it), from a database of
 * release 1 that holds rows: what was there keeps its meaning in the new columns. That the final
 * schema is the entities' is {@code SchemaMigrationsIT}'s to say.
 */
class DatabaseMigrationsTest {

    private JdbcDataSource database;

    @BeforeEach
    void release1DatabaseWithRows() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigrations.configuration(database).target("1").load().migrate();
        execute(
                "INSERT INTO ORGANISATION (ID, CREATEDAT, NAME) VALUES (1, CURRENT_TIMESTAMP, 'Example Org')",
                "INSERT INTO ACCOUNT (ID, CREATEDAT, DISABLED, EMAIL, NAME, PASSWORDHASH, ROLE, ORGANISATION_ID)"
                        + " VALUES (10, CURRENT_TIMESTAMP, FALSE, 'alice@example.com', 'Alice', 'h', 'USER', 1)",
                "INSERT INTO ACCOUNT (ID, CREATEDAT, DISABLED, EMAIL, NAME, PASSWORDHASH, ROLE)"
                        + " VALUES (11, CURRENT_TIMESTAMP, FALSE, 'solo@example.com', 'Solo', 'h', 'USER')",
                "INSERT INTO TRACKED_SESSION (ID, CREATED_AT, IDLE_TIMEOUT_SECONDS, LAST_ACCESS_AT, LIFETIME_ENDS_AT,"
                        + " PUBLIC_ID, STATUS, ACCOUNT_ID) VALUES (20, CURRENT_TIMESTAMP, 1800, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP, 'alices-session', 'ACTIVE', 10)",
                "INSERT INTO TRACKED_SESSION (ID, CREATED_AT, IDLE_TIMEOUT_SECONDS, LAST_ACCESS_AT, LIFETIME_ENDS_AT,"
                        + " PUBLIC_ID, STATUS, ACCOUNT_ID) VALUES (21, CURRENT_TIMESTAMP, 1800, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP, 'solos-session', 'ACTIVE', 11)",
                "INSERT INTO ACTIVITY_EVENT (ID, OCCURRED_AT, TYPE, ACCOUNT_ID)"
                        + " VALUES (30, CURRENT_TIMESTAMP, 'SIGNED_IN', 10)",
                "INSERT INTO ACTIVITY_EVENT (ID, OCCURRED_AT, TYPE, IP_ADDRESS)"
                        + " VALUES (31, CURRENT_TIMESTAMP, 'SIGN_IN_FAILED', '203.0.113.7')");
    }

    @Test
    void aRelease1DatabaseMigratesToTheLatestVersionOnceAndOnlyOnce() {
        MigrateResult first = DatabaseMigrations.configuration(database).load().migrate();
        MigrateResult again = DatabaseMigrations.configuration(database).load().migrate();

        assertEquals("11", first.targetSchemaVersion);
        assertEquals(10, first.migrationsExecuted);
        assertEquals(0, again.migrationsExecuted);
    }

    @Test
    void existingAccountsGetADistinctRandomPublicIdAndNoAccountMayLackOne() throws SQLException {
        DatabaseMigrations.configuration(database).load().migrate();

        List<String> ids = column("SELECT PUBLIC_ID FROM ACCOUNT ORDER BY ID");
        assertEquals(2, ids.size());
        ids.forEach(id -> assertTrue(id.matches("[0-9a-f]{32}"), id));
        assertNotEquals(ids.get(0), ids.get(1));
        assertThrows(
                SQLException.class,
                () -> execute("INSERT INTO ACCOUNT (ID, CREATEDAT, DISABLED, EMAIL, NAME, PASSWORDHASH, ROLE)"
                        + " VALUES (12, CURRENT_TIMESTAMP, FALSE, 'new@example.com', 'New', 'h', 'USER')"));
    }

    @Test
    void existingSessionsAndEventsBelongToTheirAccountsOrganisation() throws SQLException {
        DatabaseMigrations.configuration(database).load().migrate();

        assertEquals(
                List.of("alices-session 1 0 0", "solos-session null 0 0"),
                column("SELECT PUBLIC_ID || ' ' || COALESCE(CAST(ORGANISATION_ID AS VARCHAR), 'null') || ' '"
                        + " || REQUEST_COUNT || ' ' || API_CALL_COUNT FROM TRACKED_SESSION ORDER BY ID"));
        assertEquals(
                List.of("SIGNED_IN 1", "SIGN_IN_FAILED null"),
                column("SELECT TYPE || ' ' || COALESCE(CAST(ORGANISATION_ID AS VARCHAR), 'null')"
                        + " FROM ACTIVITY_EVENT ORDER BY ID"));
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
