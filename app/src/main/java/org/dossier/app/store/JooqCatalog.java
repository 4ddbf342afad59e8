package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.PERSON;
import static org.dossier.app.store.schema.Tables.PUBLICATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_RELATION;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.RELATED_LINK;
import static org.dossier.app.store.schema.Tables.TOPIC;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.field.FieldException;
import org.dossier.publication.Limits;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog in SQL (SQLite or PostgreSQL) through jOOQ. Writes are serialised in this process
 * (SQLite has one writer; a batch holds the write lock for a fraction of a second). A batch of new
 * publications is written at once ({@link FastCreates}); otherwise each unit runs in its own savepoint,
 * so a bad unit is rolled back alone.
 */
@Repository
class JooqCatalog implements Catalog {
    private static final int READ_BATCH = 500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JooqCatalog.class);

    private final DSLContext db;
    private final PublicationWriter writer;
    private final PublicationReader reader;
    private final Taxonomy taxonomy;
    private final TransactionTemplate batch;
    private final TransactionTemplate unit;
    private final WriteLock writeLock;
    private final FastCreates fastCreates;
    private final RenderedQueries queries;

    JooqCatalog(
            DSLContext db,
            PublicationWriter writer,
            PublicationReader reader,
            Taxonomy taxonomy,
            PlatformTransactionManager transactions,
            WriteLock writeLock,
            FastCreates fastCreates,
            RenderedQueries queries) {
        this.queries = queries;
        this.writeLock = writeLock;
        this.fastCreates = fastCreates;
        this.db = db;
        this.writer = writer;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.batch = new TransactionTemplate(transactions);
        this.unit = new TransactionTemplate(transactions);
        this.unit.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Writes a batch: the fast way when every publication in it is new (a first import), else — or when
     * the fast way fails for any reason — the careful way, unit by unit in savepoints.
     */
    @Override
    public List<WriteResult> write(List<List<Incoming>> units) {
        List<WriteResult> refused = units.stream().map(JooqCatalog::overLimits).toList();
        if (refused.stream().allMatch(Objects::isNull)) {
            return writeWithinLimits(units);
        }
        List<List<Incoming>> accepted = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (refused.get(i) == null) {
                accepted.add(units.get(i));
            }
        }
        Iterator<WriteResult> written =
                (accepted.isEmpty() ? List.<WriteResult>of() : writeWithinLimits(accepted)).iterator();
        return refused.stream().map(r -> r != null ? r : written.next()).toList();
    }

    /** A unit with a text over its limit ({@link Limits}), refused before anything is written; else null. */
    private static WriteResult overLimits(List<Incoming> unit) {
        return unit.stream()
                .map(i -> Limits.check(i.publication()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(v -> (WriteResult) new WriteResult.Failed(v.field(), v.message()))
                .orElse(null);
    }

    private List<WriteResult> writeWithinLimits(List<List<Incoming>> units) {
        return writeLock.holding(() -> {
            try {
                List<WriteResult> fast =
                        batch.execute(status -> fastCreates.write(units).orElse(null));
                if (fast != null) {
                    return fast;
                }
            } catch (DataAccessException | org.jooq.exception.DataAccessException fastWayFailed) {
                log.warn(
                        "writing {} records at once failed ({}); writing them one by one",
                        units.size(),
                        rootCause(fastWayFailed).getMessage());
            }
            return batch.execute(status -> units.stream().map(this::writeUnit).toList());
        });
    }

    private WriteResult writeUnit(List<Incoming> publications) {
        try {
            return unit.execute(status -> {
                List<WriteResult.Change> changes = new ArrayList<>();
                publications.forEach(p -> changes.add(writer.write(p)));
                return new WriteResult.Written(changes);
            });
        } catch (FieldException e) {
            taxonomy.forget();
            return new WriteResult.Failed(e.field(), e.getMessage());
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            taxonomy.forget();
            return new WriteResult.Failed(
                    null, "could not be stored: " + rootCause(e).getMessage());
        }
    }

    @Override
    public Optional<Publication> find(String id) {
        return Optional.ofNullable(reader.load(List.of(id)).get(id));
    }

    @Override
    public List<Publication> findSummaries(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : List.copyOf(reader.load(ids, false).values());
    }

    @Override
    public Optional<Publication> findByPath(String path) {
        List<Object[]> ids = queries.rows(
                "publication by path",
                () -> db.select(PUBLICATION.ID).from(PUBLICATION).where(PUBLICATION.PATH.eq(path)),
                path);
        return ids.isEmpty() ? Optional.empty() : find((String) ids.get(0)[0]);
    }

    @Override
    public List<Numbered> numberedIn(String series) {
        return db.select(PUBLICATION.ID, PUBLICATION.SERIES_NUMBER)
                .from(PUBLICATION)
                .where(PUBLICATION.SERIES.eq(series))
                .and(PUBLICATION.SERIES_NUMBER.isNotNull())
                .fetch(r -> new Numbered(r.value1(), r.value2()));
    }

    @Override
    public List<String> idsByTitle(String title) {
        return db.select(PUBLICATION.ID)
                .from(PUBLICATION)
                .where(PUBLICATION.TITLE.eq(title))
                .limit(10)
                .fetch(PUBLICATION.ID);
    }

    @Override
    public List<Publication> findAll(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : List.copyOf(reader.load(ids).values());
    }

    @Override
    public java.util.Map<String, org.dossier.publication.Person> people(java.util.Collection<String> ids) {
        return ids.isEmpty()
                ? java.util.Map.of()
                : db.selectFrom(PERSON).where(PERSON.ID.in(ids)).fetchMap(PERSON.ID, People::toPerson);
    }

    @Override
    public List<String> linkingTo(String id) {
        return db.selectDistinct(RELATED_LINK.PUBLICATION_ID)
                .from(RELATED_LINK)
                .where(RELATED_LINK.TARGET_ID.eq(id))
                .fetch(RELATED_LINK.PUBLICATION_ID);
    }

    @Override
    public List<RelationTo> relationsTo(java.util.Collection<String> ids) {
        return ids.isEmpty()
                ? List.of()
                : db
                        .select(
                                PUBLICATION_RELATION.PUBLICATION_ID,
                                PUBLICATION_RELATION.KIND,
                                PUBLICATION_RELATION.TARGET_ID)
                        .from(PUBLICATION_RELATION)
                        .where(PUBLICATION_RELATION.TARGET_ID.in(ids))
                        .orderBy(PUBLICATION_RELATION.PUBLICATION_ID, PUBLICATION_RELATION.POSITION)
                        .fetch()
                        .stream()
                        .flatMap(r -> Relation.Kind.ofCode(r.value2()).stream()
                                .map(kind -> new RelationTo(r.value1(), new Relation(kind, r.value3()))))
                        .toList();
    }

    @Override
    public boolean delete(String id) {
        return writeLock.holding(() -> Boolean.TRUE.equals(batch.execute(status -> writer.delete(id))));
    }

    @Override
    public List<Publication> list(int offset, int limit) {
        List<String> ids = db.select(PUBLICATION.ID)
                .from(PUBLICATION)
                .orderBy(PUBLICATION.PUBLISHED.desc().nullsLast(), PUBLICATION.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(PUBLICATION.ID);
        return List.copyOf(reader.load(ids).values());
    }

    @Override
    public List<PathStamp> paths(java.time.Instant now, int offset, int limit) {
        return db.select(PUBLICATION.PATH, PUBLICATION.UPDATED_AT)
                .from(PUBLICATION)
                .where(visibleAt(now))
                .orderBy(PUBLICATION.ID)
                .limit(limit)
                .offset(offset)
                .fetch(r -> new PathStamp(r.value1(), java.time.Instant.ofEpochMilli(r.value2())));
    }

    @Override
    public List<String> translationFamily(String familyId) {
        return queries
                .rows(
                        "translation family",
                        () -> db.select(PUBLICATION.ID)
                                .from(PUBLICATION)
                                .where(PUBLICATION.ID.eq(familyId).or(PUBLICATION.TRANSLATION_OF.eq(familyId)))
                                .orderBy(PUBLICATION.ID),
                        familyId,
                        familyId)
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }

    @Override
    public long countVisible(java.time.Instant now) {
        return db.fetchCount(PUBLICATION, visibleAt(now));
    }

    /** {@link Publication#visibleAt} in SQL. */
    private static org.jooq.Condition visibleAt(java.time.Instant now) {
        List<String> forReaders = java.util.Arrays.stream(org.dossier.publication.Status.values())
                .filter(org.dossier.publication.Status::forReaders)
                .map(org.dossier.publication.Status::code)
                .toList();
        return PUBLICATION
                .STATUS
                .in(forReaders)
                .and(PUBLICATION.EMBARGO_UNTIL.isNull().or(PUBLICATION.EMBARGO_UNTIL.le(now.toEpochMilli())));
    }

    @Override
    public long count() {
        return db.fetchCount(PUBLICATION);
    }

    @Override
    public void forEach(Consumer<Publication> action) {
        String after = "";
        while (true) {
            List<String> ids = db.select(PUBLICATION.ID)
                    .from(PUBLICATION)
                    .where(PUBLICATION.ID.gt(after))
                    .orderBy(PUBLICATION.ID)
                    .limit(READ_BATCH)
                    .fetch(PUBLICATION.ID);
            if (ids.isEmpty()) {
                return;
            }
            reader.load(ids).values().forEach(action);
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public Set<String> topicNames() {
        return Set.copyOf(db.select(TOPIC.NAME).from(TOPIC).fetch(TOPIC.NAME));
    }

    @Override
    public Map<String, List<String>> topicsByPublication() {
        Map<String, List<String>> out = new HashMap<>();
        db.select(PUBLICATION_TOPIC.PUBLICATION_ID, TOPIC.NAME)
                .from(PUBLICATION_TOPIC)
                .join(TOPIC)
                .on(TOPIC.ID.eq(PUBLICATION_TOPIC.TOPIC_ID))
                .orderBy(PUBLICATION_TOPIC.PUBLICATION_ID, PUBLICATION_TOPIC.POSITION)
                .fetch()
                .forEach(r ->
                        out.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
