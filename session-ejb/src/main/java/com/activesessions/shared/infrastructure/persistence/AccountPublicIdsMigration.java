package com.activesessions.shared.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 3: gives every account that V2 found without a public id a random one, as a new
 * account gets, and then makes the column NOT NULL. In Java because H2 and PostgreSQL share no SQL
 * function for a random UUID; registered by {@link DatabaseMigrations}, beside the SQL files.
 */
class AccountPublicIdsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "account public ids";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT ID FROM ACCOUNT WHERE PUBLIC_ID IS NULL")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE ACCOUNT SET PUBLIC_ID = ? WHERE ID = ?")) {
            for (long id : ids) {
                update.setString(1, UUID.randomUUID().toString().replace("-", ""));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE ACCOUNT ALTER COLUMN PUBLIC_ID SET NOT NULL");
        }
    }
}
