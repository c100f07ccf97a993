package com.activesessions.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers now, through the pool the application uses. Readiness
 * reports it, and an error page asks it to tell "the database is away, try again" (503) from a
 * fault of the application (500).
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    /** @return why the database does not answer, or empty if it does */
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? Optional.empty()
                    : Optional.of("no answer in " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of(e.getClass().getSimpleName());
        }
    }

    public boolean answers() {
        return problem().isEmpty();
    }
}
