package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUTHORSHIP;
import static org.dossier.app.store.schema.Tables.COLLECTION;
import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_ATTRIBUTE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_RELATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_SOURCE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TYPE;
import static org.dossier.app.store.schema.Tables.RELATED_BAN;
import static org.dossier.app.store.schema.Tables.RELATED_LINK;
import static org.dossier.app.store.schema.Tables.SUMMARY_POINT;
import static org.dossier.app.store.schema.Tables.TOPIC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * Loads whole publications, a batch at a time, in two queries whatever the batch size: their rows, then all their
 * lists. Each query's SQL is rendered once per size (batches padded to a power of two): for a page's few
 * publications jOOQ's rendering took longer than the database's answer.
 */
@Component
class PublicationReader {
    /** Named apart: two columns called "name" would be one to a record made from the SQL's result. */
    private static final Field<String> TYPE_NAME = PUBLICATION_TYPE.NAME.as("type_name");

    private static final Field<String> COLLECTION_NAME = COLLECTION.NAME.as("collection_name");

    /** A publication's columns but its long texts (body, about, disclaimer), which come last when asked for. */
    private static final List<Field<?>> WITHOUT_TEXTS = List.of(
            PUBLICATION.ID,
            PUBLICATION.SLUG,
            PUBLICATION.TITLE,
            PUBLICATION.PUBLISHED,
            PUBLICATION.LANGUAGE,
            PUBLICATION.TRANSLATION_OF,
            PUBLICATION.SERIES,
            PUBLICATION.SERIES_NUMBER,
            PUBLICATION.STATUS,
            PUBLICATION.EMBARGO_UNTIL,
            PUBLICATION.BODY_MARKDOWN,
            PUBLICATION.LEDE,
            PUBLICATION.SOURCE_URL,
            PUBLICATION.CREATED_AT,
            PUBLICATION.UPDATED_AT,
            TYPE_NAME,
            COLLECTION_NAME);

    private static final List<Field<?>> WITH_TEXTS = java.util.stream.Stream.concat(
                    WITHOUT_TEXTS.stream(),
                    java.util.stream.Stream.of(PUBLICATION.BODY, PUBLICATION.ABOUT, PUBLICATION.DISCLAIMER))
            .toList();

    private static final Map<Field<?>, Integer> POSITIONS = positions();

    /** Publications per query: their lists bind each id nine times, within every database's limit. */
    private static final int MAX_BATCH = 512;

    private final DSLContext db;
    private final RenderedQueries queries;

    PublicationReader(DSLContext db, RenderedQueries queries) {
        this.db = db;
        this.queries = queries;
    }

    /** A row of the publication query, its values found by column. */
    private record Row(Object[] values) {
        @SuppressWarnings("unchecked")
        <T> T get(Field<T> column) {
            return (T) values[POSITIONS.get(column)];
        }
    }

    private static Map<Field<?>, Integer> positions() {
        Map<Field<?>, Integer> out = new java.util.IdentityHashMap<>();
        for (int i = 0; i < WITH_TEXTS.size(); i++) {
            out.put(WITH_TEXTS.get(i), i);
        }
        return out;
    }

    /**
     * The rows of the query {@code build} makes for these ids, padded to a power of two so that each size's SQL is
     * rendered once; {@code build} must bind nothing but the ids, {@code idLists} times over.
     */
    private List<Object[]> rows(
            String shape,
            Collection<String> ids,
            int idLists,
            java.util.function.Function<List<String>, org.jooq.ResultQuery<Record>> build) {
        List<String> padded = new ArrayList<>(ids);
        int size = padded.size() <= 1 ? 1 : Integer.highestOneBit(padded.size() - 1) << 1;
        while (padded.size() < size) {
            padded.add(padded.get(0));
        }
        Object[] binds = new Object[size * idLists];
        for (int i = 0; i < binds.length; i++) {
            binds[i] = padded.get(i % size);
        }
        return queries.rows(shape + "/" + size, () -> build.apply(padded), binds);
    }

    /** The publications with these ids, in the order of the ids; ids that do not exist are left out. */
    Map<String, Publication> load(Collection<String> ids) {
        return load(ids, true);
    }

    /** As {@link #load(Collection)}; without body, about and disclaimer unless {@code withTexts}. */
    Map<String, Publication> load(Collection<String> ids, boolean withTexts) {
        if (ids.size() <= MAX_BATCH) {
            return ids.isEmpty() ? Map.of() : loadBatch(ids, withTexts);
        }
        List<String> all = List.copyOf(ids);
        Map<String, Publication> out = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += MAX_BATCH) {
            out.putAll(loadBatch(all.subList(i, Math.min(all.size(), i + MAX_BATCH)), withTexts));
        }
        return out;
    }

    private Map<String, Publication> loadBatch(Collection<String> ids, boolean withTexts) {
        Map<String, Publication.Builder> builders = new LinkedHashMap<>();
        ids.forEach(id -> builders.put(id, null));
        List<Field<?>> columns = withTexts ? WITH_TEXTS : WITHOUT_TEXTS;
        rows(
                        "publication" + withTexts,
                        ids,
                        1,
                        padded -> db.select(columns)
                                .from(PUBLICATION)
                                .leftJoin(PUBLICATION_TYPE)
                                .on(PUBLICATION_TYPE.ID.eq(PUBLICATION.TYPE_ID))
                                .leftJoin(COLLECTION)
                                .on(COLLECTION.ID.eq(PUBLICATION.COLLECTION_ID))
                                .where(PUBLICATION.ID.in(padded)))
                .forEach(values -> {
                    Row r = new Row(values);
                    builders.put(r.get(PUBLICATION.ID), builder(r, withTexts));
                });
        builders.values().removeIf(java.util.Objects::isNull);
        if (builders.isEmpty()) {
            return Map.of();
        }
        Children children =
                Children.of(rows("children", builders.keySet(), Children.KINDS, padded -> Children.query(db, padded)));
        Map<String, Publication> out = new LinkedHashMap<>();
        builders.forEach((id, b) -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            children.rows(id, Children.ATTRIBUTES).forEach(r -> attrs.put(r[0], r[1]));
            out.put(
                    id,
                    b.summary(children.values(id, Children.SUMMARIES))
                            .authors(children.authors(id))
                            .topics(children.values(id, Children.TOPICS))
                            .places(children.values(id, Children.PLACES))
                            .attributes(attrs)
                            .sourceIds(children.values(id, Children.SOURCES))
                            .related(children.values(id, Children.PINS))
                            .bannedRelated(children.values(id, Children.BANS))
                            .relations(children.relations(id))
                            .build());
        });
        return out;
    }

    private static Publication.Builder builder(Row r, boolean withTexts) {
        String published = r.get(PUBLICATION.PUBLISHED);
        Publication.Builder b = Publication.builder()
                .id(r.get(PUBLICATION.ID))
                .slug(r.get(PUBLICATION.SLUG))
                .title(r.get(PUBLICATION.TITLE))
                .type(r.get(TYPE_NAME))
                .date(published == null ? null : PublicationDate.parse(published))
                .language(r.get(PUBLICATION.LANGUAGE))
                .translationOf(r.get(PUBLICATION.TRANSLATION_OF))
                .markdown(Boolean.TRUE.equals(r.get(PUBLICATION.BODY_MARKDOWN)))
                .status(Status.ofCode(r.get(PUBLICATION.STATUS)))
                .embargoUntil(
                        r.get(PUBLICATION.EMBARGO_UNTIL) == null
                                ? null
                                : Instant.ofEpochMilli(r.get(PUBLICATION.EMBARGO_UNTIL)))
                .lede(r.get(PUBLICATION.LEDE))
                .collection(r.get(COLLECTION_NAME))
                .series(r.get(PUBLICATION.SERIES))
                .seriesNumber(r.get(PUBLICATION.SERIES_NUMBER))
                .sourceUrl(r.get(PUBLICATION.SOURCE_URL))
                .created(Instant.ofEpochMilli(r.get(PUBLICATION.CREATED_AT)))
                .updated(Instant.ofEpochMilli(r.get(PUBLICATION.UPDATED_AT)));
        if (withTexts) {
            b.body(r.get(PUBLICATION.BODY)).about(r.get(PUBLICATION.ABOUT)).disclaimer(r.get(PUBLICATION.DISCLAIMER));
        }
        return b;
    }

    /**
     * The ordered lists of a batch of publications (summary, authors, topics, places, attributes, sources, pins,
     * bans), read in one query: a row per item, with its kind, its position and up to six values.
     */
    private record Children(Map<String, Map<Integer, List<String[]>>> byPublication) {
        static final int SUMMARIES = 0;
        static final int AUTHORS = 1;
        static final int TOPICS = 2;
        static final int PLACES = 3;
        static final int ATTRIBUTES = 4;
        static final int SOURCES = 5;
        static final int PINS = 6;
        static final int BANS = 7;
        static final int RELATIONS = 8;
        private static final int VALUES = 6;

        static final int KINDS = 9;

        /** Every list of these publications as rows of (publication, kind, position, six values). */
        static org.jooq.ResultQuery<Record> query(DSLContext db, Collection<String> ids) {
            return branch(db, SUMMARY_POINT.PUBLICATION_ID, SUMMARIES, SUMMARY_POINT.POSITION, SUMMARY_POINT.TEXT)
                    .from(SUMMARY_POINT)
                    .where(SUMMARY_POINT.PUBLICATION_ID.in(ids))
                    .unionAll(branch(
                                    db,
                                    AUTHORSHIP.PUBLICATION_ID,
                                    AUTHORS,
                                    AUTHORSHIP.POSITION,
                                    AUTHORSHIP.ROLE,
                                    PERSON.ID,
                                    PERSON.NAME,
                                    PERSON.CREDENTIALS,
                                    PERSON.BIO,
                                    PERSON.AFFILIATION)
                            .from(AUTHORSHIP)
                            .join(PERSON)
                            .on(PERSON.ID.eq(AUTHORSHIP.PERSON_ID))
                            .where(AUTHORSHIP.PUBLICATION_ID.in(ids)))
                    .unionAll(
                            branch(db, PUBLICATION_TOPIC.PUBLICATION_ID, TOPICS, PUBLICATION_TOPIC.POSITION, TOPIC.NAME)
                                    .from(PUBLICATION_TOPIC)
                                    .join(TOPIC)
                                    .on(TOPIC.ID.eq(PUBLICATION_TOPIC.TOPIC_ID))
                                    .where(PUBLICATION_TOPIC.PUBLICATION_ID.in(ids)))
                    .unionAll(branch(
                                    db,
                                    PUBLICATION_PLACE.PUBLICATION_ID,
                                    PLACES,
                                    PUBLICATION_PLACE.POSITION,
                                    PUBLICATION_PLACE.PLACE_CODE)
                            .from(PUBLICATION_PLACE)
                            .where(PUBLICATION_PLACE.PUBLICATION_ID.in(ids)))
                    .unionAll(branch(
                                    db,
                                    PUBLICATION_ATTRIBUTE.PUBLICATION_ID,
                                    ATTRIBUTES,
                                    PUBLICATION_ATTRIBUTE.POSITION,
                                    PUBLICATION_ATTRIBUTE.NAME,
                                    PUBLICATION_ATTRIBUTE.VALUE)
                            .from(PUBLICATION_ATTRIBUTE)
                            .where(PUBLICATION_ATTRIBUTE.PUBLICATION_ID.in(ids)))
                    .unionAll(branch(
                                    db,
                                    PUBLICATION_SOURCE.PUBLICATION_ID,
                                    SOURCES,
                                    PUBLICATION_SOURCE.POSITION,
                                    PUBLICATION_SOURCE.SOURCE_ID)
                            .from(PUBLICATION_SOURCE)
                            .where(PUBLICATION_SOURCE.PUBLICATION_ID.in(ids)))
                    .unionAll(
                            branch(db, RELATED_LINK.PUBLICATION_ID, PINS, RELATED_LINK.POSITION, RELATED_LINK.TARGET_ID)
                                    .from(RELATED_LINK)
                                    .where(RELATED_LINK.PUBLICATION_ID.in(ids)))
                    .unionAll(branch(db, RELATED_BAN.PUBLICATION_ID, BANS, DSL.inline(0), RELATED_BAN.TARGET_ID)
                            .from(RELATED_BAN)
                            .where(RELATED_BAN.PUBLICATION_ID.in(ids)))
                    .unionAll(branch(
                                    db,
                                    PUBLICATION_RELATION.PUBLICATION_ID,
                                    RELATIONS,
                                    PUBLICATION_RELATION.POSITION,
                                    PUBLICATION_RELATION.KIND,
                                    PUBLICATION_RELATION.TARGET_ID)
                            .from(PUBLICATION_RELATION)
                            .where(PUBLICATION_RELATION.PUBLICATION_ID.in(ids)));
        }

        static Children of(List<Object[]> all) {
            Map<String, Map<Integer, List<Object[]>>> rows = new HashMap<>();
            for (Object[] row : all) {
                rows.computeIfAbsent((String) row[0], k -> new HashMap<>())
                        .computeIfAbsent(((Number) row[1]).intValue(), k -> new ArrayList<>())
                        .add(row);
            }
            Map<String, Map<Integer, List<String[]>>> out = new HashMap<>();
            rows.forEach((id, kinds) -> kinds.forEach((kind, list) -> {
                // in position order; bans (which have none) by the publication they ban
                list.sort(java.util.Comparator.<Object[]>comparingInt(row -> ((Number) row[2]).intValue())
                        .thenComparing(row -> (String) row[3]));
                out.computeIfAbsent(id, k -> new HashMap<>())
                        .put(
                                kind,
                                list.stream()
                                        .map(row -> java.util.Arrays.copyOfRange(row, 3, 3 + VALUES, String[].class))
                                        .toList());
            }));
            return new Children(out);
        }

        /** The select of one table's rows as union rows: publication, kind, position and the values (null-padded). */
        private static org.jooq.SelectSelectStep<Record> branch(
                DSLContext db, Field<String> publication, int kind, Field<Integer> position, Field<?>... values) {
            List<org.jooq.SelectFieldOrAsterisk> fields =
                    new ArrayList<>(List.of(publication, DSL.inline(kind), position));
            for (int i = 0; i < VALUES; i++) {
                fields.add(i < values.length ? values[i].cast(SQLDataType.VARCHAR) : DSL.castNull(SQLDataType.VARCHAR));
            }
            return db.select(fields);
        }

        List<String[]> rows(String id, int kind) {
            return byPublication.getOrDefault(id, Map.of()).getOrDefault(kind, List.of());
        }

        List<String> values(String id, int kind) {
            return rows(id, kind).stream().map(r -> r[0]).toList();
        }

        List<Relation> relations(String id) {
            return rows(id, RELATIONS).stream()
                    .map(r -> new Relation(
                            Relation.Kind.ofCode(r[0])
                                    .orElseThrow(() -> new IllegalStateException(
                                            "publication " + id + " has a relation of an unknown kind: " + r[0])),
                            r[1]))
                    .toList();
        }

        List<Authorship> authors(String id) {
            return rows(id, AUTHORS).stream()
                    .map(r -> new Authorship(new org.dossier.publication.Person(r[1], r[2], r[3], r[4], r[5]), r[0]))
                    .toList();
        }
    }
}
