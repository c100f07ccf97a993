package com.activesessions.it.business;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.activesessions.it.Deployments;
import com.activesessions.it.business.EntityMappings.MappedColumn;
import com.activesessions.it.business.EntityMappings.MappedIndex;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema that Flyway's migrations made is the one the entities map: every table, column,
 * length, nullability and index that EclipseLink reads from the annotations is in the database,
 * and the mapped tables hold no column that no entity maps. An entity or column added without its
 * migration (or a migration without its entity change) fails here.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationsIT {

    /** Tables that are not the entities': Flyway's history, and EclipseLink's id generator. */
    private static final Set<String> NOT_ENTITY_TABLES = Set.of("FLYWAY_SCHEMA_HISTORY", "SEQUENCE");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.businessLayerWith(new Class<?>[] {SchemaMigrationsIT.class}, EntityMappings.class);
    }

    @Inject
    private EntityMappings mappings;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource database;

    @Test
    void theMigratedSchemaHoldsEveryMappedColumnAsTheEntitiesDeclareIt() throws SQLException {
        Map<String, Map<String, Column>> schema = schema();
        List<String> drift = new ArrayList<>();
        for (MappedColumn mapped : mappings.columns()) {
            Column column = schema.getOrDefault(upper(mapped.table()), Map.of()).get(upper(mapped.column()));
            String where = mapped.entity() + " -> " + mapped.table() + "." + mapped.column();
            if (column == null) {
                drift.add(where + ": no such column (a migration is missing)");
                continue;
            }
            if (mapped.nullable() != column.nullable()) {
                drift.add(where + ": nullable " + mapped.nullable() + " in the entity, " + column.nullable()
                        + " in the database");
            }
            if (mapped.text() && (!column.isText() || mapped.length() != column.size())) {
                drift.add(where + ": VARCHAR(" + mapped.length() + ") in the entity, type " + column.type() + " size "
                        + column.size() + " in the database");
            }
        }
        assertEquals(List.of(), drift);
    }

    @Test
    void theSchemaHoldsNoTableOrColumnThatNoEntityMaps() throws SQLException {
        Map<String, Set<String>> mapped = new HashMap<>();
        mappings.columns()
                .forEach(column -> mapped.computeIfAbsent(upper(column.table()), table -> new TreeSet<>())
                        .add(upper(column.column())));
        Map<String, Map<String, Column>> schema = schema();
        List<String> unmapped = new ArrayList<>();
        mapped.forEach((table, columns) -> schema.getOrDefault(table, Map.of()).keySet().stream()
                .filter(column -> !columns.contains(column))
                .forEach(column -> unmapped.add(table + "." + column)));
        Set<String> tables = new TreeSet<>(schema.keySet());
        tables.removeAll(mapped.keySet());
        tables.removeAll(NOT_ENTITY_TABLES);
        assertEquals(List.of(), unmapped, "columns in the database that no entity maps");
        assertEquals(Set.of(), tables, "tables in the database that no entity maps");
    }

    @Test
    void everyIndexTheEntitiesDeclareExists() throws SQLException {
        Set<String> indexes = indexes();
        List<String> missing = mappings.indexes().stream()
                .filter(index -> !indexes.contains(upper(index.name())))
                .map(MappedIndex::toString)
                .toList();
        assertEquals(List.of(), missing, "indexes declared on entities but not migrated");
    }

    // Helpers ---------------------------------------------------------------------------------------------------------

    private record Column(int type, int size, boolean nullable) {
        boolean isText() {
            return type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR;
        }
    }

    /** Table name to column name to column, upper case, as the database describes its own schema. */
    private Map<String, Map<String, Column>> schema() throws SQLException {
        Map<String, Map<String, Column>> schema = new HashMap<>();
        try (Connection connection = database.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                schema.computeIfAbsent(upper(columns.getString("TABLE_NAME")), table -> new HashMap<>())
                        .put(
                                upper(columns.getString("COLUMN_NAME")),
                                new Column(
                                        columns.getInt("DATA_TYPE"),
                                        columns.getInt("COLUMN_SIZE"),
                                        columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
            }
        }
        return schema;
    }

    /** The names of the indexes on the mapped tables, upper case. */
    private Set<String> indexes() throws SQLException {
        Set<String> indexes = new TreeSet<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (MappedIndex index : mappings.indexes()) {
                for (String table : Set.of(index.table(), index.table().toLowerCase(Locale.ROOT))) {
                    try (ResultSet found = metaData.getIndexInfo(null, connection.getSchema(), table, false, false)) {
                        while (found.next()) {
                            if (found.getString("INDEX_NAME") != null) {
                                indexes.add(upper(found.getString("INDEX_NAME")));
                            }
                        }
                    }
                }
            }
        }
        return indexes;
    }

    private static String upper(String name) {
        return name.replace("\"", "").toUpperCase(Locale.ROOT);
    }
}
