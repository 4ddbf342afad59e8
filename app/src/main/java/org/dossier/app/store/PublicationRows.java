package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUTHORSHIP;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_ATTRIBUTE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_RELATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.RELATED_BAN;
import static org.dossier.app.store.schema.Tables.RELATED_LINK;
import static org.dossier.app.store.schema.Tables.SUMMARY_POINT;
import static org.dossier.app.store.schema.Tables.TOMBSTONE;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dossier.app.store.schema.tables.records.AuthorshipRecord;
import org.dossier.app.store.schema.tables.records.OutboxRecord;
import org.dossier.app.store.schema.tables.records.PublicationAttributeRecord;
import org.dossier.app.store.schema.tables.records.PublicationPlaceRecord;
import org.dossier.app.store.schema.tables.records.PublicationRecord;
import org.dossier.app.store.schema.tables.records.PublicationRelationRecord;
import org.dossier.app.store.schema.tables.records.PublicationSourceRecord;
import org.dossier.app.store.schema.tables.records.PublicationTopicRecord;
import org.dossier.app.store.schema.tables.records.RelatedBanRecord;
import org.dossier.app.store.schema.tables.records.RelatedLinkRecord;
import org.dossier.app.store.schema.tables.records.SummaryPointRecord;
import org.dossier.app.store.schema.tables.records.TombstoneMembershipRecord;
import org.dossier.app.store.schema.tables.records.TombstoneRecord;
import org.dossier.catalog.ChangeLog.Membership;
import org.dossier.publication.Authorship;
import org.dossier.publication.ContentHash;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The rows of a publication: its own, its ordered children (summary, authors, topics …), its sources, the
 * outbox, and once it is deleted its tombstone.
 */
@Component
class PublicationRows {
    /** The tables of a publication's ordered children, in the order they are written. */
    static final List<Table<?>> CHILDREN = List.of(
            SUMMARY_POINT,
            AUTHORSHIP,
            PUBLICATION_TOPIC,
            PUBLICATION_PLACE,
            PUBLICATION_ATTRIBUTE,
            RELATED_LINK,
            RELATED_BAN,
            PUBLICATION_RELATION);

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
        batch.add(row(p).setId(p.id()).setCreatedAt(p.created().toEpochMilli()).setChangedAt(changedAt(p, now)));
        stageSources(p, batch);
        stageChildren(p, batch);
        stageOutbox(p, now, batch);
    }

    void update(Publication p, Instant now) {
        db.update(PUBLICATION)
                .set(row(p).setChangedAt(changedAt(p, now)))
                .where(PUBLICATION.ID.eq(p.id()))
                .execute();
    }

    /** The outbox entries of a written publication: one now, and one for when its embargo ends. */
    void outbox(Publication p, Instant now) {
        RowBatch batch = new RowBatch();
        stageOutbox(p, now, batch);
        batch.flush(db);
    }

    private static void stageOutbox(Publication p, Instant now, RowBatch batch) {
        batch.add(outboxRow(p.id(), OutboxChange.UPSERT, now));
        if (p.embargoUntil() != null && p.embargoUntil().isAfter(now)) {
            batch.add(outboxRow(p.id(), OutboxChange.UPSERT, now)
                    .setNotBefore(p.embargoUntil().toEpochMilli()));
        }
    }

    /**
     * When harvesters are told it changed: now, or when its embargo ends, since that is when readers
     * (and harvesters) first see this version.
     */
    private static long changedAt(Publication p, Instant now) {
        return p.embargoUntil() != null && p.embargoUntil().isAfter(now)
                ? p.embargoUntil().toEpochMilli()
                : now.toEpochMilli();
    }

    void replaceChildren(Publication p) {
        deleteChildren(p.id());
        RowBatch batch = new RowBatch();
        stageChildren(p, batch);
        batch.flush(db);
    }

    void replaceSources(Publication p) {
        db.deleteFrom(PUBLICATION_SOURCE)
                .where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(p.id()))
                .execute();
        RowBatch batch = new RowBatch();
        stageSources(p, batch);
        batch.flush(db);
    }

    /** Removes the publication and everything that belongs to it; false when there was none. */
    boolean delete(String id) {
        deleteChildren(id);
        db.deleteFrom(PUBLICATION_SOURCE)
                .where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(id))
                .execute();
        return db.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute() > 0;
    }

    /** Records that this publication was deleted, with what it belonged to. */
    void tombstone(Publication p, Instant now) {
        forgetDeletions(List.of(p.id()));
        RowBatch batch = new RowBatch();
        batch.add(new TombstoneRecord().setPublicationId(p.id()).setDeletedAt(now.toEpochMilli()));
        java.util.Set<Membership> memberships = new java.util.LinkedHashSet<>();
        if (p.type() != null) {
            memberships.add(new Membership(Membership.Kind.TYPE, p.type()));
        }
        if (p.collection() != null) {
            memberships.add(new Membership(Membership.Kind.COLLECTION, p.collection()));
        }
        p.topics().forEach(t -> memberships.add(new Membership(Membership.Kind.TOPIC, t)));
        p.places().forEach(code -> memberships.add(new Membership(Membership.Kind.PLACE, code)));
        memberships.forEach(m -> batch.add(new TombstoneMembershipRecord()
                .setPublicationId(p.id())
                .setKind(m.kind().name())
                .setValue(m.value())));
        batch.flush(db);
    }

    /** Drops the tombstones of these ids, if any: they are publications again. */
    void forgetDeletions(Collection<String> ids) {
        if (ids.isEmpty() || !db.fetchExists(TOMBSTONE)) {
            return;
        }
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            db.deleteFrom(TOMBSTONE)
                    .where(TOMBSTONE.PUBLICATION_ID.in(all.subList(i, Math.min(all.size(), i + 500))))
                    .execute();
        }
    }

    /** The publication's own row, but for its id and the times the store sets (created, changed). */
    private PublicationRecord row(Publication p) {
        return new PublicationRecord()
                .setSlug(p.slug())
                .setPath(p.path())
                .setTitle(p.title())
                .setTypeId(taxonomy.typeId(p.type()))
                .setPublished(p.date() == null ? null : p.date().toString())
                .setLanguage(p.language())
                .setTranslationOf(p.translationOf())
                .setStatus(p.status().code())
                .setEmbargoUntil(
                        p.embargoUntil() == null ? null : p.embargoUntil().toEpochMilli())
                .setLede(p.lede())
                .setBody(p.body())
                .setBodyMarkdown(p.markdown())
                .setAbout(p.about())
                .setDisclaimer(p.disclaimer())
                .setCollectionId(taxonomy.collectionId(p.collection()))
                .setSeries(p.series())
                .setSeriesNumber(p.seriesNumber())
                .setSourceUrl(p.sourceUrl())
                .setUpdatedAt(p.updated().toEpochMilli())
                .setContentHash(ContentHash.of(p));
    }

    private void stageChildren(Publication p, RowBatch batch) {
        String id = p.id();
        for (int i = 0; i < p.summary().size(); i++) {
            batch.add(new SummaryPointRecord()
                    .setPublicationId(id)
                    .setPosition(i)
                    .setText(p.summary().get(i)));
        }
        for (int i = 0; i < p.authors().size(); i++) {
            Authorship a = p.authors().get(i);
            batch.add(new AuthorshipRecord()
                    .setPublicationId(id)
                    .setPosition(i)
                    .setPersonId(a.person().id())
                    .setRole(a.role()));
        }
        List<String> topicIds =
                p.topics().stream().map(taxonomy::topicId).distinct().toList();
        for (int i = 0; i < topicIds.size(); i++) {
            batch.add(new PublicationTopicRecord()
                    .setPublicationId(id)
                    .setTopicId(topicIds.get(i))
                    .setPosition(i));
        }
        for (int i = 0; i < p.places().size(); i++) {
            batch.add(new PublicationPlaceRecord()
                    .setPublicationId(id)
                    .setPlaceCode(p.places().get(i))
                    .setPosition(i));
        }
        int position = 0;
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            batch.add(new PublicationAttributeRecord()
                    .setPublicationId(id)
                    .setPosition(position++)
                    .setName(a.getKey())
                    .setValue(a.getValue()));
        }
        for (int i = 0; i < p.related().size(); i++) {
            batch.add(new RelatedLinkRecord()
                    .setPublicationId(id)
                    .setPosition(i)
                    .setTargetId(p.related().get(i)));
        }
        for (String target : p.bannedRelated()) {
            batch.add(new RelatedBanRecord().setPublicationId(id).setTargetId(target));
        }
        for (int i = 0; i < p.relations().size(); i++) {
            Relation r = p.relations().get(i);
            batch.add(new PublicationRelationRecord()
                    .setPublicationId(id)
                    .setPosition(i)
                    .setKind(r.kind().code())
                    .setTargetId(r.target()));
        }
    }

    private void stageSources(Publication p, RowBatch batch) {
        for (int i = 0; i < p.sourceIds().size(); i++) {
            batch.add(new PublicationSourceRecord()
                    .setSourceId(p.sourceIds().get(i))
                    .setPublicationId(p.id())
                    .setPosition(i));
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
            db.update(PUBLICATION)
                    .set(PUBLICATION.CHANGED_AT, greatest(PUBLICATION.CHANGED_AT, val(now.toEpochMilli())))
                    .where(PUBLICATION.ID.in(some))
                    .execute();
            RowBatch batch = new RowBatch();
            some.forEach(id -> batch.add(outboxRow(id, OutboxChange.UPSERT, now)));
            batch.flush(db);
        }
    }

    void outbox(String publicationId, OutboxChange change, Instant now) {
        RowBatch batch = new RowBatch();
        batch.add(outboxRow(publicationId, change, now));
        batch.flush(db);
    }

    private static OutboxRecord outboxRow(String publicationId, OutboxChange change, Instant now) {
        return new OutboxRecord()
                .setId(Ids.newId())
                .setPublicationId(publicationId)
                .setChangeKind(change.code())
                .setCreatedAt(now.toEpochMilli());
    }

    private void deleteChildren(String id) {
        for (Table<?> t : CHILDREN) {
            db.deleteFrom(t)
                    .where(t.field("publication_id", String.class).eq(id))
                    .execute();
        }
    }
}
