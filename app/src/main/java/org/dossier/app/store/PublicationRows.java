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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Component;

/** The rows of a publication: its own, its ordered children (summary, authors, topics …), its sources, the outbox. */
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

    void insert(Publication p) {
        db.insertInto(PUBLICATION)
                .set(PUBLICATION.ID, p.id())
                .set(PUBLICATION.CREATED_AT, p.created().toEpochMilli())
                .set(row(p))
                .execute();
    }

    void update(Publication p) {
        db.update(PUBLICATION).set(row(p)).where(PUBLICATION.ID.eq(p.id())).execute();
    }

    void replaceChildren(Publication p) {
        deleteChildren(p.id());
        insertChildren(p);
    }

    void replaceSources(Publication p) {
        db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(p.id())).execute();
        insertSources(p);
    }

    /** Removes the publication and everything that belongs to it; false when there was none. */
    boolean delete(String id) {
        deleteChildren(id);
        db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(id)).execute();
        return db.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute() > 0;
    }

    private Map<TableField<?, ?>, Object> row(Publication p) {
        Map<TableField<?, ?>, Object> row = new LinkedHashMap<>();
        row.put(PUBLICATION.SLUG, p.slug());
        row.put(PUBLICATION.PATH, p.path());
        row.put(PUBLICATION.TITLE, p.title());
        row.put(PUBLICATION.TYPE_ID, taxonomy.typeId(p.type()));
        row.put(PUBLICATION.PUBLISHED, p.date() == null ? null : p.date().toString());
        row.put(PUBLICATION.LANGUAGE, p.language());
        row.put(PUBLICATION.STATUS, p.status().code());
        row.put(PUBLICATION.LEDE, p.lede());
        row.put(PUBLICATION.BODY, p.body());
        row.put(PUBLICATION.ABOUT, p.about());
        row.put(PUBLICATION.DISCLAIMER, p.disclaimer());
        row.put(PUBLICATION.COLLECTION_ID, taxonomy.collectionId(p.collection()));
        row.put(PUBLICATION.SOURCE_URL, p.sourceUrl());
        row.put(PUBLICATION.UPDATED_AT, p.updated().toEpochMilli());
        row.put(PUBLICATION.CONTENT_HASH, ContentHash.of(p));
        return row;
    }

    void insertChildren(Publication p) {
        String id = p.id();
        var summary = db.insertInto(SUMMARY_POINT, SUMMARY_POINT.PUBLICATION_ID, SUMMARY_POINT.POSITION, SUMMARY_POINT.TEXT);
        for (int i = 0; i < p.summary().size(); i++) {
            summary = summary.values(id, i, p.summary().get(i));
        }
        var authors = db.insertInto(AUTHORSHIP, AUTHORSHIP.PUBLICATION_ID, AUTHORSHIP.POSITION, AUTHORSHIP.PERSON_ID,
                AUTHORSHIP.ROLE);
        for (int i = 0; i < p.authors().size(); i++) {
            authors = authors.values(id, i, p.authors().get(i).person().id(), p.authors().get(i).role());
        }
        var topics = db.insertInto(PUBLICATION_TOPIC, PUBLICATION_TOPIC.PUBLICATION_ID, PUBLICATION_TOPIC.POSITION,
                PUBLICATION_TOPIC.TOPIC_ID);
        List<String> topicIds = p.topics().stream().map(taxonomy::topicId).distinct().toList();
        for (int i = 0; i < topicIds.size(); i++) {
            topics = topics.values(id, i, topicIds.get(i));
        }
        var places = db.insertInto(PUBLICATION_PLACE, PUBLICATION_PLACE.PUBLICATION_ID, PUBLICATION_PLACE.POSITION,
                PUBLICATION_PLACE.PLACE_CODE);
        for (int i = 0; i < p.places().size(); i++) {
            places = places.values(id, i, p.places().get(i));
        }
        var attributes = db.insertInto(PUBLICATION_ATTRIBUTE, PUBLICATION_ATTRIBUTE.PUBLICATION_ID,
                PUBLICATION_ATTRIBUTE.POSITION, PUBLICATION_ATTRIBUTE.NAME, PUBLICATION_ATTRIBUTE.VALUE);
        int position = 0;
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            attributes = attributes.values(id, position++, a.getKey(), a.getValue());
        }
        var related = db.insertInto(RELATED_LINK, RELATED_LINK.PUBLICATION_ID, RELATED_LINK.POSITION, RELATED_LINK.TARGET_ID);
        for (int i = 0; i < p.related().size(); i++) {
            related = related.values(id, i, p.related().get(i));
        }
        var bans = db.insertInto(RELATED_BAN, RELATED_BAN.PUBLICATION_ID, RELATED_BAN.TARGET_ID);
        for (String target : p.bannedRelated()) {
            bans = bans.values(id, target);
        }
        executeIf(!p.bannedRelated().isEmpty(), bans);
        executeIf(!p.summary().isEmpty(), summary);
        executeIf(!p.authors().isEmpty(), authors);
        executeIf(!topicIds.isEmpty(), topics);
        executeIf(!p.places().isEmpty(), places);
        executeIf(!p.attributes().isEmpty(), attributes);
        executeIf(!p.related().isEmpty(), related);
    }

    void insertSources(Publication p) {
        var sources = db.insertInto(PUBLICATION_SOURCE, PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID,
                PUBLICATION_SOURCE.POSITION);
        for (int i = 0; i < p.sourceIds().size(); i++) {
            sources = sources.values(p.sourceIds().get(i), p.id(), i);
        }
        executeIf(!p.sourceIds().isEmpty(), sources);
    }

    void outbox(String publicationId, String kind, Instant now) {
        db.insertInto(OUTBOX)
                .set(OUTBOX.ID, Ids.newId())
                .set(OUTBOX.PUBLICATION_ID, publicationId)
                .set(OUTBOX.CHANGE_KIND, kind)
                .set(OUTBOX.CREATED_AT, now.toEpochMilli())
                .execute();
    }

    private void deleteChildren(String id) {
        for (Table<?> t : CHILDREN) {
            db.deleteFrom(t).where(t.field("publication_id", String.class).eq(id)).execute();
        }
    }

    private static void executeIf(boolean condition, Query query) {
        if (condition) {
            query.execute();
        }
    }
}
