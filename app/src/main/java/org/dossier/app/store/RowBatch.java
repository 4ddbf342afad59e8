package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.OUTBOX;
import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;
import static org.dossier.app.store.schema.Tables.TOMBSTONE;
import static org.dossier.app.store.schema.Tables.TOMBSTONE_MEMBERSHIP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * New rows waiting to be inserted, table by table; written in an order the foreign keys accept, one
 * JDBC batch per table (one prepared statement, bound once per row).
 */
final class RowBatch {
    private static final List<Table<?>> ORDER = java.util.stream.Stream.of(
                    List.<Table<?>>of(PERSON, PUBLICATION, PUBLICATION_SOURCE),
                    PublicationRows.CHILDREN,
                    List.<Table<?>>of(OUTBOX, TOMBSTONE, TOMBSTONE_MEMBERSHIP))
            .flatMap(List::stream)
            .toList();

    private final Map<Table<?>, List<TableRecord<?>>> rows = new HashMap<>();

    /** A new row, built with the table's generated record (what is not set is null). */
    void add(TableRecord<?> row) {
        rows.computeIfAbsent(row.getTable(), t -> new ArrayList<>()).add(row);
    }

    /** One prepared INSERT for the table, bound once per row and sent as one JDBC batch. */
    private static void insert(DSLContext db, Table<?> table, List<TableRecord<?>> pending) {
        Field<?>[] fields = table.fields();
        BatchBindStep batch = db.batch(
                db.insertInto(table).columns(fields).values(java.util.Collections.nCopies(fields.length, null)));
        for (TableRecord<?> row : pending) {
            batch = batch.bind(values(row, fields.length));
        }
        batch.execute();
    }

    /** The row's values in the table's order (what {@code intoArray} gives, without its per-row mapper). */
    private static Object[] values(TableRecord<?> row, int size) {
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            values[i] = row.get(i);
        }
        return values;
    }

    void addAll(RowBatch other) {
        other.rows.forEach((table, list) ->
                rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list));
    }

    void flush(DSLContext db) {
        for (Table<?> table : ORDER) {
            List<TableRecord<?>> pending = rows.remove(table);
            if (pending != null && !pending.isEmpty()) {
                insert(db, table, pending);
            }
        }
        if (!rows.isEmpty()) {
            throw new IllegalStateException("rows of tables without a place in the order: " + rows.keySet());
        }
    }
}
