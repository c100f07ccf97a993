package com.activesessions.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads every cell of some tables: how a test proves that a secret was never written. */
public final class DatabaseScan {

    private DatabaseScan() {}

    public static boolean anyCellContains(DataSource database, String value, String... tables) throws SQLException {
        try (Connection connection = database.getConnection()) {
            for (String table : tables) {
                try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table);
                        ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                            String cell = result.getString(i);
                            if (cell != null && cell.contains(value)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
