package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PUBLICATION_RELATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.field.FieldException;
import org.dossier.publication.Relation;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Refuses relations that would go round: a publication related to itself, or one that supersedes (updates,
 * follows up, …) a publication that already leads back to it through the stored relations of any kind.
 */
@Component
class RelationCycles {
    private static final int LEVEL_BATCH = 500;

    private final DSLContext db;

    RelationCycles(DSLContext db) {
        this.db = db;
    }

    /** The relations {@code id} is to have, checked against the store's other relations; the field errs if wrong. */
    void check(String id, List<Relation> relations) {
        for (Relation r : relations) {
            String field = "relations." + r.kind().code();
            if (r.target().equals(id)) {
                throw new FieldException(
                        field, "names this publication itself; a publication cannot be related to itself");
            }
            List<String> back = pathBack(r.target(), id);
            if (back != null) {
                throw new FieldException(
                        field,
                        "'" + r.target() + "' already leads back to '" + id + "' (" + String.join(", ", back)
                                + "), so this would make a cycle");
            }
        }
    }

    /** The stored relations leading from {@code from} to {@code to}, said one by one; null when none do. */
    private List<String> pathBack(String from, String to) {
        Map<String, String[]> reachedBy = new HashMap<>();
        reachedBy.put(from, null);
        List<String> level = List.of(from);
        while (!level.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += LEVEL_BATCH) {
                List<String> batch = level.subList(i, Math.min(level.size(), i + LEVEL_BATCH));
                for (var row : db.select(
                                PUBLICATION_RELATION.PUBLICATION_ID,
                                PUBLICATION_RELATION.KIND,
                                PUBLICATION_RELATION.TARGET_ID)
                        .from(PUBLICATION_RELATION)
                        .where(PUBLICATION_RELATION.PUBLICATION_ID.in(batch))
                        .and(PUBLICATION_RELATION.PUBLICATION_ID.ne(to))
                        .fetch()) {
                    String target = row.value3();
                    if (reachedBy.containsKey(target)) {
                        continue;
                    }
                    reachedBy.put(target, new String[] {row.value1(), row.value2()});
                    if (target.equals(to)) {
                        return said(reachedBy, to);
                    }
                    next.add(target);
                }
            }
            level = next;
        }
        return null;
    }

    private static List<String> said(Map<String, String[]> reachedBy, String to) {
        List<String> out = new ArrayList<>();
        for (String at = to; reachedBy.get(at) != null; at = reachedBy.get(at)[0]) {
            String[] step = reachedBy.get(at);
            String kind =
                    Relation.Kind.ofCode(step[1]).map(RelationCycles::verb).orElse(step[1]);
            out.add(0, "'" + step[0] + "' " + kind + " '" + at + "'");
        }
        return out;
    }

    private static String verb(Relation.Kind kind) {
        return (kind == Relation.Kind.PART_OF ? "is " : "") + kind.words(false).toLowerCase(Locale.ROOT);
    }
}
