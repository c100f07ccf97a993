package com.activesessions.shared.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema this release expects, before anything uses JPA: Flyway runs
 * the migrations in {@code db/migration} (one set of SQL files for H2 and PostgreSQL), and those
 * of the database in hand in {@code db/vendor/<database>} (an index only one of them has), on the
 * container's default data source. Every other startup bean depends on this one.
 *
 * <p>A database that EclipseLink made before migrations existed holds the schema of V1 without
 * Flyway's history table; it is taken as being at V1. On a deployment group every instance runs
 * this at once; Flyway's lock on the history table lets one migrate while the others wait.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String NAME = "DatabaseMigrations";

    /**
     * Where the migrations are: {@code V<version>__<what it does>.sql}, applied in version order,
     * with the Java ones registered below between them.
     */
    public static final String LOCATION = "classpath:db/migration";

    /**
     * Where the migrations of one database are, {@code postgresql} or {@code h2}: the same
     * versions for each, in one history with the shared ones.
     */
    public static final String VENDOR_LOCATION = "classpath:db/vendor/";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = configuration(dataSource).load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now, on " + result.database + ")");
    }

    /** The migrations, SQL and Java, on the given database: the one configuration, for tests too. */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, VENDOR_LOCATION + vendor(dataSource))
                .javaMigrations(new AccountPublicIdsMigration())
                .baselineOnMigrate(true)
                .baselineVersion("1");
    }

    /** The database's name as its folder of migrations spells it: {@code postgresql}, {@code h2}. */
    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
