package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUTHORSHIP;
import static org.dossier.app.store.schema.Tables.OUTBOX;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_ATTRIBUTE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.RELATED_LINK;
import static org.dossier.app.store.schema.Tables.SUMMARY_POINT;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Merge;
import org.dossier.catalog.WriteResult.Change;
import org.dossier.catalog.WriteResult.Outcome;
import org.dossier.publication.Authorship;
import org.dossier.publication.Ids;
import org.dossier.publication.Publication;
import org.dossier.publication.Slugs;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Component;

/**
 * Writes one incoming publication, inside the caller's transaction: matches it to a stored one, merges,
 * and when anything changed rewrites its rows and records an outbox entry.
 */
@Component
class PublicationWriter {
    private final DSLContext db;
    private final Taxonomy taxonomy;
    private final People people;
    private final PublicationReader reader;
    private final Clock clock;

    PublicationWriter(DSLContext db, Taxonomy taxonomy, People people, PublicationReader reader, Clock clock) {
        this.db = db;
        this.taxonomy = taxonomy;
        this.people = people;
        this.reader = reader;
        this.clock = clock;
    }

    Change write(Incoming incoming) {
        Publication in = resolve(incoming);
        Optional<Match> match = match(in, incoming);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (match.isEmpty()) {
            Instant created = in.created() != null ? in.created() : now;
            Publication p = withUniquePath(in.toBuilder()
                    .id(in.id() != null ? in.id() : Ids.newId())
                    .slug(in.slug() != null ? in.slug() : Slugs.of(in.title()))
                    .created(created)
                    .updated(in.updated() != null ? in.updated() : created)
                    .build());
            insertRow(p);
            writeChildren(p);
            insertSources(p);
            outbox(p.id(), now);
            return new Change(p.id(), Outcome.CREATED);
        }
        Match m = match.get();
        if (!incoming.partial() && m.knowsAllSourcesOf(in, incoming)
                && ContentHash.of(in.toBuilder().slug(in.slug() != null ? in.slug() : m.slug()).build()).equals(m.hash())) {
            return new Change(m.id(), Outcome.UNCHANGED);
        }
        Publication stored = reader.load(List.of(m.id())).get(m.id());
        Publication merged = Merge.apply(stored, new Incoming(in, incoming.partial(), incoming.fallbackSourceIds(), List.of()));
        merged = withUniquePath(merged.slug() != null ? merged : merged.toBuilder().slug(Slugs.of(merged.title())).build());
        if (!merged.sourceIds().equals(stored.sourceIds())) {
            db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(stored.id())).execute();
            insertSources(merged);
        }
        if (merged.sameContentAs(stored)) {
            return new Change(stored.id(), Outcome.UNCHANGED);
        }
        Publication updated = merged.toBuilder().updated(in.updated() != null ? in.updated() : now).build();
        updateRow(updated);
        deleteChildren(updated.id());
        writeChildren(updated);
        outbox(updated.id(), now);
        return new Change(updated.id(), Outcome.UPDATED);
    }

    /** Removes a publication with everything that belongs to it, and records the deletion in the outbox. */
    boolean delete(String id) {
        deleteChildren(id);
        db.deleteFrom(PUBLICATION_SOURCE).where(PUBLICATION_SOURCE.PUBLICATION_ID.eq(id)).execute();
        boolean deleted = db.deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute() > 0;
        if (deleted) {
            outbox(id, clock.instant().truncatedTo(ChronoUnit.MILLIS), "delete");
        }
        return deleted;
    }

    /** A stored publication an incoming one matched, with the source ids it was found by. */
    private record Match(String id, String slug, String hash, Set<String> matchedSources) {
        boolean knowsAllSourcesOf(Publication in, Incoming incoming) {
            return matchedSources.containsAll(in.sourceIds())
                    && incoming.fallbackSourceIds().stream().noneMatch(matchedSources::contains);
        }
    }

    /** The incoming publication with its people stored, its places checked and its related ids resolved. */
    private Publication resolve(Incoming incoming) {
        Publication in = incoming.publication();
        if (in.title() == null) {
            throw new StoreException("title", "is required");
        }
        in.places().forEach(taxonomy::requirePlace);
        List<Authorship> authors = new ArrayList<>();
        for (Authorship a : in.authors()) {
            authors.add(new Authorship(people.resolve(a.person()), a.role()));
        }
        List<String> related = new ArrayList<>(in.related());
        for (String sourceId : incoming.relatedSourceIds()) {
            idBySource(sourceId).ifPresent(related::add);
        }
        return in.toBuilder().authors(authors).related(related).build();
    }

    /** The stored publication this one is: by id, else by its source ids in order, else by a fallback id. */
    private Optional<Match> match(Publication in, Incoming incoming) {
        List<String> candidates = new ArrayList<>(in.sourceIds());
        candidates.addAll(incoming.fallbackSourceIds());
        Map<String, String> bySource = candidates.isEmpty() ? Map.of()
                : db.select(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID).from(PUBLICATION_SOURCE)
                .where(PUBLICATION_SOURCE.SOURCE_ID.in(candidates))
                .fetchMap(PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID);
        String id = in.id() != null && db.fetchExists(PUBLICATION, PUBLICATION.ID.eq(in.id())) ? in.id()
                : candidates.stream().map(bySource::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        Set<String> matched = new HashSet<>();
        bySource.forEach((source, publication) -> {
            if (publication.equals(id)) {
                matched.add(source);
            }
        });
        var row = db.select(PUBLICATION.SLUG, PUBLICATION.CONTENT_HASH).from(PUBLICATION).where(PUBLICATION.ID.eq(id)).fetchOne();
        return Optional.of(new Match(id, row.value1(), row.value2(), matched));
    }

    private Optional<String> idBySource(String sourceId) {
        return db.select(PUBLICATION_SOURCE.PUBLICATION_ID).from(PUBLICATION_SOURCE)
                .where(PUBLICATION_SOURCE.SOURCE_ID.eq(sourceId)).fetchOptional(PUBLICATION_SOURCE.PUBLICATION_ID);
    }

    /** The publication with a slug whose path no other publication has (a "-2", "-3" … suffix if needed). */
    private Publication withUniquePath(Publication p) {
        String base = p.slug();
        String slug = base;
        for (int n = 2; pathTaken(Slugs.path(p.date(), slug), p.id()); n++) {
            slug = base + "-" + n;
        }
        return slug.equals(base) ? p : p.toBuilder().slug(slug).build();
    }

    private boolean pathTaken(String path, String ownId) {
        return db.fetchExists(PUBLICATION, PUBLICATION.PATH.eq(path).and(PUBLICATION.ID.ne(ownId)));
    }

    private void insertRow(Publication p) {
        db.insertInto(PUBLICATION)
                .set(PUBLICATION.ID, p.id())
                .set(PUBLICATION.CREATED_AT, p.created().toEpochMilli())
                .set(row(p))
                .execute();
    }

    private void updateRow(Publication p) {
        db.update(PUBLICATION).set(row(p)).where(PUBLICATION.ID.eq(p.id())).execute();
    }

    private Map<TableField<?, ?>, Object> row(Publication p) {
        Map<TableField<?, ?>, Object> row = new java.util.LinkedHashMap<>();
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

    private void writeChildren(Publication p) {
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
        executeIf(!p.summary().isEmpty(), summary);
        executeIf(!p.authors().isEmpty(), authors);
        executeIf(!topicIds.isEmpty(), topics);
        executeIf(!p.places().isEmpty(), places);
        executeIf(!p.attributes().isEmpty(), attributes);
        executeIf(!p.related().isEmpty(), related);
    }

    private void insertSources(Publication p) {
        var sources = db.insertInto(PUBLICATION_SOURCE, PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.PUBLICATION_ID,
                PUBLICATION_SOURCE.POSITION);
        for (int i = 0; i < p.sourceIds().size(); i++) {
            sources = sources.values(p.sourceIds().get(i), p.id(), i);
        }
        executeIf(!p.sourceIds().isEmpty(), sources);
    }

    private void deleteChildren(String id) {
        for (Table<?> t : List.of(SUMMARY_POINT, AUTHORSHIP, PUBLICATION_TOPIC, PUBLICATION_PLACE, PUBLICATION_ATTRIBUTE,
                RELATED_LINK)) {
            db.deleteFrom(t).where(t.field("publication_id", String.class).eq(id)).execute();
        }
    }

    private void outbox(String publicationId, Instant now) {
        outbox(publicationId, now, "upsert");
    }

    private void outbox(String publicationId, Instant now, String kind) {
        db.insertInto(OUTBOX)
                .set(OUTBOX.ID, Ids.newId())
                .set(OUTBOX.PUBLICATION_ID, publicationId)
                .set(OUTBOX.CHANGE_KIND, kind)
                .set(OUTBOX.CREATED_AT, now.toEpochMilli())
                .execute();
    }

    private static void executeIf(boolean condition, org.jooq.Query query) {
        if (condition) {
            query.execute();
        }
    }
}
