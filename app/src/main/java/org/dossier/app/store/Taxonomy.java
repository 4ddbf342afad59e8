package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.COLLECTION;
import static org.dossier.app.store.schema.Tables.PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TYPE;
import static org.dossier.app.store.schema.Tables.TOPIC;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.field.FieldException;
import org.dossier.publication.Ids;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Component;

/**
 * Types, topics and collections by name, created on first use; places by code, which must be known.
 * Ids are cached; the cache is dropped when a write is rolled back, since it may hold rolled-back rows.
 */
@Component
class Taxonomy {
    private final DSLContext db;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> placeCodes = new HashSet<>();

    Taxonomy(DSLContext db) {
        this.db = db;
    }

    String typeId(String name) {
        return idOf(PUBLICATION_TYPE, PUBLICATION_TYPE.ID, PUBLICATION_TYPE.NAME, PUBLICATION_TYPE.NAME_KEY, name);
    }

    String topicId(String name) {
        return idOf(TOPIC, TOPIC.ID, TOPIC.NAME, TOPIC.NAME_KEY, name);
    }

    String collectionId(String name) {
        return idOf(COLLECTION, COLLECTION.ID, COLLECTION.NAME, COLLECTION.NAME_KEY, name);
    }

    void requirePlace(String code) {
        if (placeCodes.contains(code)) {
            return;
        }
        if (!db.fetchExists(PLACE, PLACE.CODE.eq(code))) {
            throw new FieldException("places", "'" + code + "' is not a known place code");
        }
        placeCodes.add(code);
    }

    synchronized void forget() {
        ids.clear();
        placeCodes.clear();
    }

    private synchronized String idOf(Table<?> table, TableField<?, String> id, Field<String> nameField,
                                     TableField<?, String> keyField, String name) {
        if (name == null) {
            return null;
        }
        String rawKey = table.getName() + "|" + name;
        String known = ids.get(rawKey);
        if (known != null) {
            return known;
        }
        String found = db.select(id).from(table).where(keyField.eq(Names.key(name))).fetchOne(id);
        if (found == null) {
            found = Ids.newId();
            db.insertInto(table).set(id, found).set(nameField, name).set(keyField, Names.key(name)).execute();
        }
        ids.put(rawKey, found);
        return found;
    }
}
