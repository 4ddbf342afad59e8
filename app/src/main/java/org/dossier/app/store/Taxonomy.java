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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Types, topics and collections by name, created on first use; places by code, which must be known.
 * What it found is remembered until the end of the transaction: within it the answers cannot change, and
 * after it another node may have renamed, merged or removed a term.
 */
@Component
class Taxonomy {
    private final DSLContext db;

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

    /** Says what a collection is ("peace process") unless the store already says: an admin's word stands. */
    void classifyCollection(String name, String kind) {
        String cacheKey = "kind|" + Names.key(name);
        if (known().ids.containsKey(cacheKey)) {
            return;
        }
        collectionId(name);
        db.update(COLLECTION)
                .set(COLLECTION.KIND, kind)
                .where(COLLECTION.NAME_KEY.eq(Names.key(name)))
                .and(COLLECTION.KIND.isNull())
                .execute();
        known().ids.put(cacheKey, kind);
    }

    void requirePlace(String code) {
        Set<String> known = known().placeCodes;
        if (known.contains(code)) {
            return;
        }
        if (!db.fetchExists(PLACE, PLACE.CODE.eq(code))) {
            throw new FieldException("places", "'" + code + "' is not a known place code");
        }
        known.add(code);
    }

    private String idOf(
            Table<?> table,
            TableField<?, String> id,
            Field<String> nameField,
            TableField<?, String> keyField,
            String name) {
        if (name == null) {
            return null;
        }
        Map<String, String> ids = known().ids;
        String cacheKey = table.getName() + "|" + name;
        String known = ids.get(cacheKey);
        if (known != null) {
            return known;
        }
        String found =
                db.select(id).from(table).where(keyField.eq(Names.key(name))).fetchOne(id);
        if (found == null) {
            found = Ids.newId();
            db.insertInto(table)
                    .set(id, found)
                    .set(nameField, name)
                    .set(keyField, Names.key(name))
                    .execute();
        }
        ids.put(cacheKey, found);
        return found;
    }

    /** Forgets what this transaction found: after a rollback to a savepoint, terms it created are gone again. */
    void forget() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.unbindResource(this);
        }
    }

    /** What this transaction found so far; outside a transaction, nothing is remembered. */
    private Known known() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Known();
        }
        Known known = (Known) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Known fresh = new Known();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Taxonomy.this);
                }
            });
            known = fresh;
        }
        return known;
    }

    private static final class Known {
        final Map<String, String> ids = new HashMap<>();
        final Set<String> placeCodes = new HashSet<>();
    }
}
