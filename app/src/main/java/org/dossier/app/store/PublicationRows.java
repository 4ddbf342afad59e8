package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUTHORSHIP;
import static org.dossier.app.store.schema.Tables.OUTBOX;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_ATTRIBUTE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.RELATED_BAN;
import static org.dossier.app.store.schema.Tables.RELATED_LINK;
import static org.dossier.app.store.schema.Tables.SUMMARY_POINT;
import static org.dossier.app.store.schema.Tables.TOMBSTONE;
import static org.dossier.app.store.schema.Tables.TOMBSTONE_MEMBERSHIP;

import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.catalog.ChangeLog.Membership;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Component;

/**
 * The rows of a publication: its own, its ordered children (summary, authors, topics …), its sources, the
 * outbox, and once it is deleted its tombstone.
 */
@Component
class PublicationRows {
    private static final List<Table<?>> CHILDREN = List.of(SUMMARY_POINT, AUTHORSHIP, PUBLICATION_TOPIC,
            PUBLICATION_PLACE, PUBLICATION_ATTRIBUTE, RELATED_LINK, RELATED_BAN);

    private final DSLContext db;
    private final Taxonomy taxonomy;

    PublicationRows(DSLContext db, Taxonomy taxonomy) {
        this.db = db;
        this.taxonomy = taxonomy;
    }

    /** Inserts a new publication with its children, its sources and an outbox entry. */
    void insert(Publication p, Instant now) {
        RowBatch batch = new RowBatch();
        stage(p, now, batch);
        batch.flush(db);
        forgetDeletions(List.of(p.id()));
    }

    /** Adds the rows of a new publication (its own, children, sources, outbox entry) to a batch. */
    void stage(Publication p, Instant now, RowBatch batch) {
        Map<TableField<?, ?>, Object> values = row(p);
        values.put(PUBLICATION.ID, p.id());
        values.put(PUBLICATION.CREATED_AT, p.created().toEpochMilli());
        values.put(PUBLICATION.CHANGED_AT, changedAt(p, now));
        batch.add(PUBLICATION, java.util.Arrays.stream(PUBLICATION.fields()).map(values::get).toArray());
        stageSources(p, batch);
        stageChildren(p, batch);
        stageOutbox(p, now, batch);
    }

    void update(Publication p, Instant now) {
        db.update(PUBLICATION).set(row(p)).set(PUBLICATION.CHANGED_AT, changedAt(p, now))
                .where(PUBLICATION.ID.eq(p.id())).execute();
    }

    /** The outbox entries of a written publication: one now, and one for when its embargo ends. */
    void outbox(Publication p, Instant now) {
        RowBatch batch = new RowBatch();
        stageOutbox(p, now, batch);
        batch.flush(db);
    }

    private static void stageOutbox(Publication p, Instant now, RowBatch batch) {
        batch.add(OUTBOX, outboxRow(p.id(), "upsert", now, null));
        if (p.embargoUntil() != null && p.embargoUntil().isAfter(now)) {
            batch.add(OUTBOX, outboxRow(p.id(), "upsert", now, p.embargoUntil()));
        }
    }

    /**
     * When harvesters are told it changed: now, or when its embargo ends, since that is when readers
     * (and harvesters) first see this version.
     */
    private static long changedAt(Publication p, Instant now) {
        return p.embargoUntil() != null && p.embargoUntil().isAfter(now) ? p.embargoUntil().toEpochMilli() : now.toEpochMilli();
    }

    void replaceChildren(Publication p) {
        deleteChildren(p.id());
        RowBatch batch = new RowBatch();
        stageChildren(p, batch);
        batch.flush(db);
    }

    void replaceSources(Publication p) {
        db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(p.id())).execute();
        RowBatch batch = new RowBatch();
        stageSources(p, batch);
        batch.flush(db);
    }

    /** Removes the publication and everything that belongs to it; false when there was none. */
    boolean delete(String id) {
        deleteChildren(id);
        db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(id)).execute();
        return db.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute() > 0;
    }

    /** Records that this publication was deleted, with what it belonged to. */
    void tombstone(Publication p, Instant now) {
        forgetDeletions(List.of(p.id()));
        RowBatch batch = new RowBatch();
        batch.add(TOMBSTONE, p.id(), now.toEpochMilli());
        java.util.Set<Membership> memberships = new java.util.LinkedHashSet<>();
        if (p.type() != null) {
            memberships.add(new Membership(Membership.Kind.TYPE, p.type()));
        }
        if (p.collection() != null) {
            memberships.add(new Membership(Membership.Kind.COLLECTION, p.collection()));
        }
        p.topics().forEach(t -> memberships.add(new Membership(Membership.Kind.TOPIC, t)));
        p.places().forEach(code -> memberships.add(new Membership(Membership.Kind.PLACE, code)));
        memberships.forEach(m -> batch.add(TOMBSTONE_MEMBERSHIP, p.id(), m.kind().name(), m.value()));
        batch.flush(db);
    }

    /** Drops the tombstones of these ids, if any: they are publications again. */
    void forgetDeletions(Collection<String> ids) {
        if (ids.isEmpty() || !db.fetchExists(TOMBSTONE)) {
            return;
        }
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            db.deleteFrom(TOMBSTONE).where(TOMBSTONE.PUBLICATION_ID.in(all.subList(i, Math.min(all.size(), i + 500)))).execute();
        }
    }

    private Map<TableField<?, ?>, Object> row(Publication p) {
        Map<TableField<?, ?>, Object> row = new LinkedHashMap<>();
        row.put(PUBLICATION.SLUG, p.slug());
        row.put(PUBLICATION.PATH, p.path());
        row.put(PUBLICATION.TITLE, p.title());
        row.put(PUBLICATION.TYPE_ID, taxonomy.typeId(p.type()));
        row.put(PUBLICATION.PUBLISHED, p.date() == null ? null : p.date().toString());
        row.put(PUBLICATION.LANGUAGE, p.language());
        row.put(PUBLICATION.TRANSLATION_OF, p.translationOf());
        row.put(PUBLICATION.STATUS, p.status().code());
        row.put(PUBLICATION.EMBARGO_UNTIL, p.embargoUntil() == null ? null : p.embargoUntil().toEpochMilli());
        row.put(PUBLICATION.LEDE, p.lede());
        row.put(PUBLICATION.BODY, p.body());
        row.put(PUBLICATION.BODY_MARKDOWN, p.markdown());
        row.put(PUBLICATION.ABOUT, p.about());
        row.put(PUBLICATION.DISCLAIMER, p.disclaimer());
        row.put(PUBLICATION.COLLECTION_ID, taxonomy.collectionId(p.collection()));
        row.put(PUBLICATION.SOURCE_URL, p.sourceUrl());
        row.put(PUBLICATION.UPDATED_AT, p.updated().toEpochMilli());
        row.put(PUBLICATION.CONTENT_HASH, ContentHash.of(p));
        return row;
    }

    private void stageChildren(Publication p, RowBatch batch) {
        String id = p.id();
        for (int i = 0; i < p.summary().size(); i++) {
            batch.add(SUMMARY_POINT, id, i, p.summary().get(i));
        }
        for (int i = 0; i < p.authors().size(); i++) {
            batch.add(AUTHORSHIP, id, i, p.authors().get(i).person().id(), p.authors().get(i).role());
        }
        List<String> topicIds = p.topics().stream().map(taxonomy::topicId).distinct().toList();
        for (int i = 0; i < topicIds.size(); i++) {
            batch.add(PUBLICATION_TOPIC, id, topicIds.get(i), i);
        }
        for (int i = 0; i < p.places().size(); i++) {
            batch.add(PUBLICATION_PLACE, id, p.places().get(i), i);
        }
        int position = 0;
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            batch.add(PUBLICATION_ATTRIBUTE, id, position++, a.getKey(), a.getValue());
        }
        for (int i = 0; i < p.related().size(); i++) {
            batch.add(RELATED_LINK, id, i, p.related().get(i));
        }
        for (String target : p.bannedRelated()) {
            batch.add(RELATED_BAN, id, target);
        }
    }

    private void stageSources(Publication p, RowBatch batch) {
        for (int i = 0; i < p.sourceIds().size(); i++) {
            batch.add(PUBLICATION_SOURCE, p.sourceIds().get(i), p.id(), i);
        }
    }

    /**
     * Marks publications as changed though their own rows did not change (a place they are in did): an
     * outbox entry each, and a new datestamp for harvesters (one still under embargo keeps its embargo's end).
     */
    void touch(Collection<String> ids, Instant now) {
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> some = all.subList(i, Math.min(all.size(), i + 500));
            db.update(PUBLICATION).set(PUBLICATION.CHANGED_AT, greatest(PUBLICATION.CHANGED_AT, val(now.toEpochMilli())))
                    .where(PUBLICATION.ID.in(some)).execute();
            RowBatch batch = new RowBatch();
            some.forEach(id -> batch.add(OUTBOX, outboxRow(id, "upsert", now, null)));
            batch.flush(db);
        }
    }

    void outbox(String publicationId, String kind, Instant now) {
        RowBatch batch = new RowBatch();
        batch.add(OUTBOX, outboxRow(publicationId, kind, now, null));
        batch.flush(db);
    }

    private static Object[] outboxRow(String publicationId, String kind, Instant now, Instant notBefore) {
        return new Object[] {Ids.newId(), publicationId, kind, now.toEpochMilli(), null, notBefore == null ? null : notBefore.toEpochMilli()};
    }

    private void deleteChildren(String id) {
        for (Table<?> t : CHILDREN) {
            db.deleteFrom(t).where(t.field("publication_id", String.class).eq(id)).execute();
        }
    }
}
