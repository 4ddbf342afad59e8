package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.AUTHORSHIP;
import static org.dossier.app.store.schema.Tables.COLLECTION;
import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_ATTRIBUTE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
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
import org.dossier.publication.Status;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Component;

/** Loads whole publications, a batch at a time: one query per kind of row, whatever the batch size. */
@Component
class PublicationReader {
    private final DSLContext db;

    PublicationReader(DSLContext db) {
        this.db = db;
    }

    /** The publications with these ids, in the order of the ids; ids that do not exist are left out. */
    Map<String, Publication> load(Collection<String> ids) {
        return load(ids, true);
    }

    /** As {@link #load(Collection)}; without body, about and disclaimer unless {@code withTexts}. */
    Map<String, Publication> load(Collection<String> ids, boolean withTexts) {
        Map<String, Publication.Builder> builders = new LinkedHashMap<>();
        ids.forEach(id -> builders.put(id, null));
        List<org.jooq.SelectFieldOrAsterisk> columns = new java.util.ArrayList<>(List.of(
                PUBLICATION.ID,
                PUBLICATION.SLUG,
                PUBLICATION.TITLE,
                PUBLICATION.PUBLISHED,
                PUBLICATION.LANGUAGE,
                PUBLICATION.TRANSLATION_OF,
                PUBLICATION.STATUS,
                PUBLICATION.EMBARGO_UNTIL,
                PUBLICATION.BODY_MARKDOWN,
                PUBLICATION.LEDE,
                PUBLICATION.SOURCE_URL,
                PUBLICATION.CREATED_AT,
                PUBLICATION.UPDATED_AT,
                PUBLICATION_TYPE.NAME,
                COLLECTION.NAME));
        if (withTexts) {
            columns.addAll(List.of(PUBLICATION.BODY, PUBLICATION.ABOUT, PUBLICATION.DISCLAIMER));
        }
        db.select(columns)
                .from(PUBLICATION)
                .leftJoin(PUBLICATION_TYPE)
                .on(PUBLICATION_TYPE.ID.eq(PUBLICATION.TYPE_ID))
                .leftJoin(COLLECTION)
                .on(COLLECTION.ID.eq(PUBLICATION.COLLECTION_ID))
                .where(PUBLICATION.ID.in(ids))
                .forEach(r -> builders.put(r.get(PUBLICATION.ID), builder(r, withTexts)));
        builders.values().removeIf(java.util.Objects::isNull);
        if (builders.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> summaries = groups(
                db.select(SUMMARY_POINT.PUBLICATION_ID, SUMMARY_POINT.TEXT)
                        .from(SUMMARY_POINT)
                        .where(SUMMARY_POINT.PUBLICATION_ID.in(ids))
                        .orderBy(SUMMARY_POINT.POSITION)
                        .fetch(),
                SUMMARY_POINT.PUBLICATION_ID,
                r -> r.get(SUMMARY_POINT.TEXT));
        Map<String, List<Authorship>> authors = groups(
                db.select(AUTHORSHIP.PUBLICATION_ID, AUTHORSHIP.ROLE, PERSON.asterisk())
                        .from(AUTHORSHIP)
                        .join(PERSON)
                        .on(PERSON.ID.eq(AUTHORSHIP.PERSON_ID))
                        .where(AUTHORSHIP.PUBLICATION_ID.in(ids))
                        .orderBy(AUTHORSHIP.POSITION)
                        .fetch(),
                AUTHORSHIP.PUBLICATION_ID,
                r -> new Authorship(People.toPerson(r.into(PERSON)), r.get(AUTHORSHIP.ROLE)));
        Map<String, List<String>> topics = groups(
                db.select(PUBLICATION_TOPIC.PUBLICATION_ID, TOPIC.NAME)
                        .from(PUBLICATION_TOPIC)
                        .join(TOPIC)
                        .on(TOPIC.ID.eq(PUBLICATION_TOPIC.TOPIC_ID))
                        .where(PUBLICATION_TOPIC.PUBLICATION_ID.in(ids))
                        .orderBy(PUBLICATION_TOPIC.POSITION)
                        .fetch(),
                PUBLICATION_TOPIC.PUBLICATION_ID,
                r -> r.get(TOPIC.NAME));
        Map<String, List<String>> places =
                column(PUBLICATION_PLACE.PUBLICATION_ID, PUBLICATION_PLACE.PLACE_CODE, PUBLICATION_PLACE.POSITION, ids);
        Map<String, List<String[]>> attributes = groups(
                db.select(PUBLICATION_ATTRIBUTE.PUBLICATION_ID, PUBLICATION_ATTRIBUTE.NAME, PUBLICATION_ATTRIBUTE.VALUE)
                        .from(PUBLICATION_ATTRIBUTE)
                        .where(PUBLICATION_ATTRIBUTE.PUBLICATION_ID.in(ids))
                        .orderBy(PUBLICATION_ATTRIBUTE.POSITION)
                        .fetch(),
                PUBLICATION_ATTRIBUTE.PUBLICATION_ID,
                r -> new String[] {r.get(PUBLICATION_ATTRIBUTE.NAME), r.get(PUBLICATION_ATTRIBUTE.VALUE)});
        Map<String, List<String>> sources = column(
                PUBLICATION_SOURCE.PUBLICATION_ID, PUBLICATION_SOURCE.SOURCE_ID, PUBLICATION_SOURCE.POSITION, ids);
        Map<String, List<String>> related =
                column(RELATED_LINK.PUBLICATION_ID, RELATED_LINK.TARGET_ID, RELATED_LINK.POSITION, ids);
        Map<String, List<String>> bans =
                column(RELATED_BAN.PUBLICATION_ID, RELATED_BAN.TARGET_ID, RELATED_BAN.TARGET_ID, ids);
        Map<String, Publication> out = new LinkedHashMap<>();
        builders.forEach((id, b) -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            attributes.getOrDefault(id, List.of()).forEach(a -> attrs.put(a[0], a[1]));
            out.put(
                    id,
                    b.summary(summaries.getOrDefault(id, List.of()))
                            .authors(authors.getOrDefault(id, List.of()))
                            .topics(topics.getOrDefault(id, List.of()))
                            .places(places.getOrDefault(id, List.of()))
                            .attributes(attrs)
                            .sourceIds(sources.getOrDefault(id, List.of()))
                            .related(related.getOrDefault(id, List.of()))
                            .bannedRelated(bans.getOrDefault(id, List.of()))
                            .build());
        });
        return out;
    }

    private static Publication.Builder builder(Record r, boolean withTexts) {
        String published = r.get(PUBLICATION.PUBLISHED);
        Publication.Builder b = Publication.builder()
                .id(r.get(PUBLICATION.ID))
                .slug(r.get(PUBLICATION.SLUG))
                .title(r.get(PUBLICATION.TITLE))
                .type(r.get(PUBLICATION_TYPE.NAME))
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
                .collection(r.get(COLLECTION.NAME))
                .sourceUrl(r.get(PUBLICATION.SOURCE_URL))
                .created(Instant.ofEpochMilli(r.get(PUBLICATION.CREATED_AT)))
                .updated(Instant.ofEpochMilli(r.get(PUBLICATION.UPDATED_AT)));
        if (withTexts) {
            b.body(r.get(PUBLICATION.BODY)).about(r.get(PUBLICATION.ABOUT)).disclaimer(r.get(PUBLICATION.DISCLAIMER));
        }
        return b;
    }

    /** One column of a table of publications' lists, for each of these publications, in {@code order}. */
    private Map<String, List<String>> column(
            TableField<?, String> publication,
            TableField<?, String> value,
            TableField<?, ?> order,
            Collection<String> ids) {
        return groups(
                db.select(publication, value)
                        .from(publication.getTable())
                        .where(publication.in(ids))
                        .orderBy(order)
                        .fetch(),
                publication,
                r -> r.get(value));
    }

    private static <R extends Record, T> Map<String, List<T>> groups(
            Iterable<R> rows, org.jooq.Field<String> key, java.util.function.Function<R, T> value) {
        Map<String, List<T>> out = new HashMap<>();
        for (R r : rows) {
            out.computeIfAbsent(r.get(key), k -> new ArrayList<>()).add(value.apply(r));
        }
        return out;
    }
}
