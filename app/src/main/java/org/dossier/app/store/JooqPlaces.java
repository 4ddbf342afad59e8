package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PLACE;
import static org.dossier.app.store.schema.Tables.PLACE_ALIAS;
import static org.dossier.app.store.schema.Tables.PLACE_PARENT;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.place.Place;
import org.dossier.place.PlaceStore;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Places in SQL: the place, its parents and its other names, each in order. */
@Repository
class JooqPlaces implements PlaceStore {
    private final DSLContext db;
    private final PublicationRows rows;
    private final WriteLock writeLock;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RenderedQueries queries;

    JooqPlaces(
            DSLContext db,
            PublicationRows rows,
            WriteLock writeLock,
            PlatformTransactionManager transactions,
            Clock clock,
            RenderedQueries queries) {
        this.queries = queries;
        this.db = db;
        this.rows = rows;
        this.writeLock = writeLock;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public List<Place> all() {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        db.select(PLACE_PARENT.PLACE_CODE, PLACE_PARENT.PARENT_CODE)
                .from(PLACE_PARENT)
                .orderBy(PLACE_PARENT.PLACE_CODE, PLACE_PARENT.PARENT_CODE)
                .forEach(r -> parents.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        db.select(PLACE_ALIAS.PLACE_CODE, PLACE_ALIAS.ALIAS)
                .from(PLACE_ALIAS)
                .orderBy(PLACE_ALIAS.PLACE_CODE, PLACE_ALIAS.POSITION)
                .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        return db.select(PLACE.CODE, PLACE.NAME, PLACE.KIND)
                .from(PLACE)
                .fetch(r -> new Place(
                        r.value1(),
                        r.value2(),
                        Place.Kind.of(r.value3()),
                        parents.getOrDefault(r.value1(), List.of()),
                        aliases.getOrDefault(r.value1(), List.of())));
    }

    @Override
    public String version() {
        Object[] r = queries.rows(
                        "places' version",
                        () -> db.select(count(), max(PLACE.CHANGED_AT)).from(PLACE))
                .get(0);
        return r[0] + "@" + r[1];
    }

    @Override
    public int save(Place place) {
        Instant now = clock.instant();
        return writeLock.holding(() -> transaction.execute(status -> {
            int updated = db.update(PLACE)
                    .set(PLACE.NAME, place.name())
                    .set(PLACE.KIND, place.kind().key())
                    .set(PLACE.CHANGED_AT, now.toEpochMilli())
                    .where(PLACE.CODE.eq(place.code()))
                    .execute();
            if (updated == 0) {
                db.insertInto(PLACE, PLACE.CODE, PLACE.NAME, PLACE.KIND, PLACE.CHANGED_AT)
                        .values(place.code(), place.name(), place.kind().key(), now.toEpochMilli())
                        .execute();
            }
            db.deleteFrom(PLACE_PARENT)
                    .where(PLACE_PARENT.PLACE_CODE.eq(place.code()))
                    .execute();
            place.parents()
                    .forEach(parent -> db.insertInto(PLACE_PARENT, PLACE_PARENT.PLACE_CODE, PLACE_PARENT.PARENT_CODE)
                            .values(place.code(), parent)
                            .execute());
            db.deleteFrom(PLACE_ALIAS)
                    .where(PLACE_ALIAS.PLACE_CODE.eq(place.code()))
                    .execute();
            for (int i = 0; i < place.aliases().size(); i++) {
                db.insertInto(PLACE_ALIAS, PLACE_ALIAS.PLACE_CODE, PLACE_ALIAS.POSITION, PLACE_ALIAS.ALIAS)
                        .values(place.code(), i, place.aliases().get(i))
                        .execute();
            }
            List<String> touched = publicationsInOrWithin(place.code());
            rows.touch(touched, now);
            return touched.size();
        }));
    }

    @Override
    public boolean delete(String code) {
        return writeLock.holding(() -> Boolean.TRUE.equals(transaction.execute(status -> {
            if (db.fetchExists(PUBLICATION_PLACE, PUBLICATION_PLACE.PLACE_CODE.eq(code))
                    || db.fetchExists(PLACE_PARENT, PLACE_PARENT.PARENT_CODE.eq(code))) {
                return false;
            }
            db.deleteFrom(PLACE_PARENT).where(PLACE_PARENT.PLACE_CODE.eq(code)).execute();
            db.deleteFrom(PLACE_ALIAS).where(PLACE_ALIAS.PLACE_CODE.eq(code)).execute();
            return db.deleteFrom(PLACE).where(PLACE.CODE.eq(code)).execute() > 0;
        })));
    }

    @Override
    public Map<String, Long> publicationCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        db.select(PUBLICATION_PLACE.PLACE_CODE, count())
                .from(PUBLICATION_PLACE)
                .groupBy(PUBLICATION_PLACE.PLACE_CODE)
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /** The publications in this place or in any place that lies in it, at any depth (the hierarchy may have cycles). */
    private List<String> publicationsInOrWithin(String code) {
        Map<String, List<String>> children = new HashMap<>();
        db.select(PLACE_PARENT.PARENT_CODE, PLACE_PARENT.PLACE_CODE)
                .from(PLACE_PARENT)
                .forEach(r -> children.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        Set<String> places = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (places.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return db.selectDistinct(PUBLICATION_PLACE.PUBLICATION_ID)
                .from(PUBLICATION_PLACE)
                .where(PUBLICATION_PLACE.PLACE_CODE.in(places))
                .fetch(PUBLICATION_PLACE.PUBLICATION_ID);
    }
}
