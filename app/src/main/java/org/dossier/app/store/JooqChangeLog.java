package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.COLLECTION;
import static org.dossier.app.store.schema.Tables.PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TYPE;
import static org.dossier.app.store.schema.Tables.TOMBSTONE;
import static org.dossier.app.store.schema.Tables.TOMBSTONE_MEMBERSHIP;
import static org.dossier.app.store.schema.Tables.TOPIC;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.catalog.ChangeLog;
import org.dossier.catalog.ChangeLog.Membership.Kind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The change log in SQL: publications by {@code changed_at}, deletions by their tombstones' time, each
 * read through an index on (time, id) from the position of the last change a reader saw — two seeks per
 * page (the rest of that instant, then what follows), whatever the depth.
 */
@Repository
class JooqChangeLog implements ChangeLog {
    private final DSLContext db;

    JooqChangeLog(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Change> after(ChangeFilter filter, Position after, int limit) {
        List<Change> changes = new ArrayList<>(page(Source.PUBLICATIONS, filter, after, limit));
        changes.addAll(page(Source.TOMBSTONES, filter, after, limit));
        changes.sort(Comparator.comparing(Change::at).thenComparing(Change::id));
        List<Change> page = changes.subList(0, Math.min(limit, changes.size()));
        return withFormerMemberships(page);
    }

    @Override
    public long count(ChangeFilter filter) {
        return db.fetchCount(PUBLICATION, Source.PUBLICATIONS.matching(filter))
                + db.fetchCount(TOMBSTONE, Source.TOMBSTONES.matching(filter));
    }

    @Override
    public Optional<Change> find(String id) {
        Optional<Change> live = db.select(PUBLICATION.ID, PUBLICATION.CHANGED_AT)
                .from(PUBLICATION)
                .where(PUBLICATION.ID.eq(id))
                .fetchOptional(r -> change(r, false));
        if (live.isPresent()) {
            return live;
        }
        return db.select(TOMBSTONE.PUBLICATION_ID, TOMBSTONE.DELETED_AT)
                .from(TOMBSTONE)
                .where(TOMBSTONE.PUBLICATION_ID.eq(id))
                .fetchOptional(r -> change(r, true))
                .map(c -> withFormerMemberships(List.of(c)).get(0));
    }

    @Override
    public Optional<Instant> earliest() {
        return bound(DSL::min, Math::min);
    }

    @Override
    public Optional<Instant> latest() {
        return bound(DSL::max, Math::max);
    }

    /** The earliest or latest change, of a publication or a deletion ({@code aggregate}: min or max). */
    private Optional<Instant> bound(
            java.util.function.Function<Field<Long>, Field<Long>> aggregate,
            java.util.function.BinaryOperator<Long> pick) {
        Long live = db.select(aggregate.apply(PUBLICATION.CHANGED_AT))
                .from(PUBLICATION)
                .fetchOne(0, Long.class);
        Long deleted =
                db.select(aggregate.apply(TOMBSTONE.DELETED_AT)).from(TOMBSTONE).fetchOne(0, Long.class);
        return java.util.stream.Stream.of(live, deleted)
                .filter(java.util.Objects::nonNull)
                .reduce(pick)
                .map(Instant::ofEpochMilli);
    }

    @Override
    public Map<Kind, Set<String>> memberships() {
        Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
        out.put(Kind.TYPE, namesInUse(PUBLICATION_TYPE.NAME, PUBLICATION_TYPE.ID, PUBLICATION.TYPE_ID));
        out.put(Kind.COLLECTION, namesInUse(COLLECTION.NAME, COLLECTION.ID, PUBLICATION.COLLECTION_ID));
        out.put(Kind.TOPIC, namesInUse(TOPIC.NAME, TOPIC.ID, PUBLICATION_TOPIC.TOPIC_ID));
        out.put(
                Kind.PLACE,
                Set.copyOf(db.selectDistinct(PUBLICATION_PLACE.PLACE_CODE)
                        .from(PUBLICATION_PLACE)
                        .fetch(PUBLICATION_PLACE.PLACE_CODE)));
        return out;
    }

    /** The names of the terms some publication is filed under, through the column that links to them. */
    private Set<String> namesInUse(TableField<?, String> name, TableField<?, String> id, TableField<?, String> link) {
        return Set.copyOf(db.selectDistinct(name)
                .from(link.getTable())
                .join(name.getTable())
                .on(id.eq(link))
                .fetch(name));
    }

    @Override
    public Set<String> names(Kind kind) {
        Set<String> names = new java.util.HashSet<>(
                switch (kind) {
                    case TYPE ->
                        db.select(PUBLICATION_TYPE.NAME).from(PUBLICATION_TYPE).fetch(PUBLICATION_TYPE.NAME);
                    case TOPIC -> db.select(TOPIC.NAME).from(TOPIC).fetch(TOPIC.NAME);
                    case COLLECTION ->
                        db.select(COLLECTION.NAME).from(COLLECTION).fetch(COLLECTION.NAME);
                    case PLACE -> db.select(PLACE.CODE).from(PLACE).fetch(PLACE.CODE);
                });
        names.addAll(db.selectDistinct(TOMBSTONE_MEMBERSHIP.VALUE)
                .from(TOMBSTONE_MEMBERSHIP)
                .where(TOMBSTONE_MEMBERSHIP.KIND.eq(kind.name()))
                .fetch(TOMBSTONE_MEMBERSHIP.VALUE));
        return names;
    }

    /** One page of one source: the rest of the position's instant, then the instants after it. */
    private List<Change> page(Source source, ChangeFilter filter, Position after, int limit) {
        Condition matching = source.matching(filter);
        if (after == null) {
            return fetch(source, matching, limit);
        }
        long at = after.at().toEpochMilli();
        List<Change> page =
                new ArrayList<>(fetch(source, matching.and(source.time.eq(at)).and(source.id.gt(after.id())), limit));
        if (page.size() < limit) {
            page.addAll(fetch(source, matching.and(source.time.gt(at)), limit - page.size()));
        }
        return page;
    }

    private List<Change> fetch(Source source, Condition condition, int limit) {
        SelectConditionStep<Record2<String, Long>> query =
                db.select(source.id, source.time).from(source.table()).where(condition);
        return query.orderBy(source.time, source.id).limit(limit).fetch(r -> change(r, source == Source.TOMBSTONES));
    }

    private List<Change> withFormerMemberships(List<Change> changes) {
        List<String> deleted =
                changes.stream().filter(Change::deleted).map(Change::id).toList();
        if (deleted.isEmpty()) {
            return changes;
        }
        Map<String, List<Membership>> byId = new java.util.HashMap<>();
        db.selectFrom(TOMBSTONE_MEMBERSHIP)
                .where(TOMBSTONE_MEMBERSHIP.PUBLICATION_ID.in(deleted))
                .forEach(r -> byId.computeIfAbsent(r.getPublicationId(), k -> new ArrayList<>())
                        .add(new Membership(Kind.valueOf(r.getKind()), r.getValue())));
        return changes.stream()
                .map(c -> c.deleted() ? new Change(c.id(), c.at(), true, byId.getOrDefault(c.id(), List.of())) : c)
                .toList();
    }

    private static Change change(Record2<String, Long> r, boolean deleted) {
        return new Change(r.value1(), Instant.ofEpochMilli(r.value2()), deleted, List.of());
    }

    /** The two tables changes are read from, and how a filter reads in each. */
    private enum Source {
        PUBLICATIONS(PUBLICATION.ID, PUBLICATION.CHANGED_AT),
        TOMBSTONES(TOMBSTONE.PUBLICATION_ID, TOMBSTONE.DELETED_AT);

        final Field<String> id;
        final Field<Long> time;

        Source(Field<String> id, Field<Long> time) {
            this.id = id;
            this.time = time;
        }

        org.jooq.Table<?> table() {
            return this == PUBLICATIONS ? PUBLICATION : TOMBSTONE;
        }

        Condition matching(ChangeFilter f) {
            Condition c = noCondition();
            if (f.from() != null) {
                c = c.and(time.ge(f.from().toEpochMilli()));
            }
            if (f.until() != null) {
                c = c.and(time.lt(f.until().toEpochMilli()));
            }
            if (f.kind() != null) {
                c = c.and(
                        this == PUBLICATIONS
                                ? livePublicationIn(f.kind(), f.values())
                                : tombstoneIn(f.kind(), f.values()));
            }
            return c;
        }

        private static Condition livePublicationIn(Kind kind, Set<String> values) {
            return switch (kind) {
                case TYPE ->
                    PUBLICATION.TYPE_ID.in(
                            select(PUBLICATION_TYPE.ID).from(PUBLICATION_TYPE).where(PUBLICATION_TYPE.NAME.in(values)));
                case COLLECTION ->
                    PUBLICATION.COLLECTION_ID.in(
                            select(COLLECTION.ID).from(COLLECTION).where(COLLECTION.NAME.in(values)));
                case TOPIC ->
                    exists(selectOne()
                            .from(PUBLICATION_TOPIC)
                            .where(PUBLICATION_TOPIC.PUBLICATION_ID.eq(PUBLICATION.ID))
                            .and(PUBLICATION_TOPIC.TOPIC_ID.in(
                                    select(TOPIC.ID).from(TOPIC).where(TOPIC.NAME.in(values)))));
                case PLACE ->
                    exists(selectOne()
                            .from(PUBLICATION_PLACE)
                            .where(PUBLICATION_PLACE.PUBLICATION_ID.eq(PUBLICATION.ID))
                            .and(PUBLICATION_PLACE.PLACE_CODE.in(values)));
            };
        }

        private static Condition tombstoneIn(Kind kind, Set<String> values) {
            return exists(selectOne()
                    .from(TOMBSTONE_MEMBERSHIP)
                    .where(TOMBSTONE_MEMBERSHIP.PUBLICATION_ID.eq(TOMBSTONE.PUBLICATION_ID))
                    .and(TOMBSTONE_MEMBERSHIP.KIND.eq(kind.name()))
                    .and(TOMBSTONE_MEMBERSHIP.VALUE.in(values)));
        }
    }
}
