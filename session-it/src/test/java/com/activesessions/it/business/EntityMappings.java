package com.activesessions.it.business;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;

/**
 * What EclipseLink reads from the entities' annotations: their tables (element collections'
 * included), columns and indexes. Added
 * to the EJB module by the test deployment, since only that module sees the persistence unit.
 */
@Stateless
public class EntityMappings {

    /** One mapped column, as the entity declares it. */
    public record MappedColumn(String entity, String table, String column, boolean nullable, boolean text, int length)
            implements Serializable {}

    /** One index an entity declares on its table. */
    public record MappedIndex(String table, String name) implements Serializable {}

    @PersistenceContext(unitName = "active-sessions")
    private EntityManager entityManager;

    public List<MappedColumn> columns() {
        List<MappedColumn> columns = new ArrayList<>();
        for (ClassDescriptor descriptor : entities()) {
            for (DatabaseField field : descriptor.getFields()) {
                boolean key = descriptor.getPrimaryKeyFields().contains(field);
                columns.add(new MappedColumn(
                        descriptor.getJavaClass().getSimpleName(),
                        field.getTableName(),
                        field.getName(),
                        !key && field.isNullable(),
                        field.getType() == String.class,
                        field.getLength()));
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    columns.addAll(collectionColumns(descriptor, collection));
                }
            }
        }
        return columns;
    }

    /** The columns of an element collection's own table ({@code @CollectionTable}): its key, and the value. */
    private static List<MappedColumn> collectionColumns(
            ClassDescriptor descriptor, DirectCollectionMapping collection) {
        List<DatabaseField> fields = new ArrayList<>(collection.getReferenceKeyFields());
        fields.add(collection.getDirectField());
        return fields.stream()
                .map(field -> new MappedColumn(
                        descriptor.getJavaClass().getSimpleName() + "." + collection.getAttributeName(),
                        collection.getReferenceTableName(),
                        field.getName(),
                        field.isNullable(),
                        field.getType() == String.class,
                        field.getLength()))
                .toList();
    }

    public List<MappedIndex> indexes() {
        List<MappedIndex> indexes = new ArrayList<>();
        for (ClassDescriptor descriptor : entities()) {
            for (DatabaseTable table : descriptor.getTables()) {
                for (IndexDefinition index : table.getIndexes()) {
                    indexes.add(new MappedIndex(table.getName(), index.getName()));
                }
            }
        }
        return indexes;
    }

    private List<ClassDescriptor> entities() {
        return entityManager.unwrap(Session.class).getDescriptors().values().stream()
                .filter(descriptor -> !descriptor.isAggregateDescriptor())
                .toList();
    }
}
