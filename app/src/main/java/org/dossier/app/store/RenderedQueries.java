package org.dossier.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Component;

/**
 * Queries that jOOQ builds and renders once per shape and JDBC runs with each call's values: for the queries of every
 * page view, where building and rendering took longer than the database's answer.
 */
@Component
class RenderedQueries {
    private final DSLContext db;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    private record Rendered(String sql, Field<?>[] fields, int binds) {}

    RenderedQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * The rows of the query {@code build} makes, rendered the first time this {@code shape} is asked for, with its
     * binds given {@code values} in order: each row's values as the query's fields type them. A shape's query must bind
     * as many values each time, and the same SQL whatever they are.
     */
    List<Object[]> rows(String shape, Supplier<? extends ResultQuery<?>> build, Object... values) {
        Rendered r = rendered.computeIfAbsent(shape, k -> {
            ResultQuery<?> q = build.get();
            return new Rendered(q.getSQL(), q.fields(), q.getBindValues().size());
        });
        if (r.binds() != values.length) {
            throw new IllegalStateException(
                    "the query " + shape + " binds " + r.binds() + " values, not " + values.length);
        }
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(r.sql())) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                List<Object[]> out = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Object[] row = new Object[r.fields().length];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = r.fields()[i].getDataType().convert(result.getObject(i + 1));
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        });
    }
}
