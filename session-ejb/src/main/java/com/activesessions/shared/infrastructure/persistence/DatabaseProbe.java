package com.activesessions.shared.infrastructure.persistence;

import com.activesessions.shared.application.Causes;
import com.activesessions.shared.application.DatabaseHealth;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers now, through the pool the application uses. Readiness
 * reports it, and an error page asks it to tell "the database is away, try again" (503) from a
 * fault of the application (500).
 */
@ApplicationScoped
public class DatabaseProbe implements DatabaseHealth {

    private static final int TIMEOUT_SECONDS = 2;
    /** What Payara's pool throws when it cannot make or hand out a connection. */
    private static final String POOL_EXHAUSTED = "jakarta.resource.spi.ResourceAllocationException";

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Override
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? Optional.empty()
                    : Optional.of("no answer in " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of(e.getClass().getSimpleName());
        }
    }

    /**
     * Whether a request failed because the database could not be reached: a connection failure
     * among its causes, or no answer now. The cause counts even when the database is back by the
     * time the question is asked, as at the end of an outage.
     */
    @Override
    public boolean unreachableBehind(Throwable failure) {
        return isConnectionFailure(failure) || !answers();
    }

    /**
     * A connection exception (SQLSTATE class 08), the server shutting down or refusing connections
     * (PostgreSQL's 57P01-57P03), or the pool unable to hand out a connection, anywhere in the chain.
     */
    static boolean isConnectionFailure(Throwable failure) {
        return Causes.anyMatch(failure, DatabaseProbe::isConnectionException);
    }

    private static boolean isConnectionException(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause.getClass().getName().equals(POOL_EXHAUSTED)) {
            return true;
        }
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
