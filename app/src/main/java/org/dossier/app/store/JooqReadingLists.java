package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.READING_LIST;
import static org.dossier.app.store.schema.Tables.READING_LIST_ITEM;
import static org.dossier.app.store.schema.Tables.READING_LIST_VERSION;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading lists in SQL: a row per list, a row per version and its items per version. The next version is claimed
 * by moving the list's latest number from the one the caller read, so two nodes cannot both write version n + 1.
 */
@Repository
class JooqReadingLists implements ReadingLists {
    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqReadingLists(DSLContext db, PlatformTransactionManager transactions, WriteLock writeLock, Clock clock) {
        this.db = db;
        this.transaction = new TransactionTemplate(transactions);
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public ReadingList save(ReadingList list, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return writeLock.holding(() -> transaction.execute(status -> {
            int next = list.version() + 1;
            boolean exists = db.fetchExists(READING_LIST, READING_LIST.ID.eq(list.id()));
            if (!exists && list.version() == 0) {
                db.insertInto(READING_LIST)
                        .set(READING_LIST.ID, list.id())
                        .set(READING_LIST.OWNER, list.owner())
                        .set(READING_LIST.SHARED, list.shared())
                        .set(READING_LIST.LATEST, next)
                        .set(READING_LIST.CHANGED_AT, now.toEpochMilli())
                        .execute();
            } else if (db.update(READING_LIST)
                            .set(READING_LIST.LATEST, next)
                            .set(READING_LIST.SHARED, list.shared())
                            .set(READING_LIST.CHANGED_AT, now.toEpochMilli())
                            .where(READING_LIST.ID.eq(list.id()))
                            .and(READING_LIST.LATEST.eq(list.version()))
                            .execute()
                    == 0) {
                throw new ConcurrentChange(list.id());
            }
            db.insertInto(READING_LIST_VERSION)
                    .set(READING_LIST_VERSION.LIST_ID, list.id())
                    .set(READING_LIST_VERSION.VERSION, next)
                    .set(READING_LIST_VERSION.CREATED_AT, now.toEpochMilli())
                    .set(READING_LIST_VERSION.CREATED_BY, by)
                    .set(READING_LIST_VERSION.TITLE, list.title())
                    .set(READING_LIST_VERSION.INTRODUCTION, list.introduction())
                    .set(READING_LIST_VERSION.QUERY, list.query())
                    .execute();
            for (int i = 0; i < list.items().size(); i++) {
                ReadingList.Item item = list.items().get(i);
                db.insertInto(READING_LIST_ITEM)
                        .set(READING_LIST_ITEM.LIST_ID, list.id())
                        .set(READING_LIST_ITEM.VERSION, next)
                        .set(READING_LIST_ITEM.POSITION, i)
                        .set(READING_LIST_ITEM.PUBLICATION_ID, item.publicationId())
                        .set(READING_LIST_ITEM.NOTE, item.note())
                        .execute();
            }
            return find(list.id(), next).orElseThrow();
        }));
    }

    @Override
    public Optional<ReadingList> find(String id) {
        return lists(READING_LIST.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<ReadingList> find(String id, int version) {
        Record row = db.select(READING_LIST.OWNER, READING_LIST.SHARED)
                .select(READING_LIST_VERSION.fields())
                .from(READING_LIST)
                .join(READING_LIST_VERSION)
                .on(READING_LIST_VERSION.LIST_ID.eq(READING_LIST.ID))
                .where(READING_LIST.ID.eq(id))
                .and(READING_LIST_VERSION.VERSION.eq(version))
                .fetchOne();
        return Optional.ofNullable(row).map(this::list);
    }

    @Override
    public List<Version> versions(String id) {
        return db.select(
                        READING_LIST_VERSION.VERSION,
                        READING_LIST_VERSION.CREATED_AT,
                        READING_LIST_VERSION.CREATED_BY,
                        DSL.selectCount()
                                .from(READING_LIST_ITEM)
                                .where(READING_LIST_ITEM.LIST_ID.eq(READING_LIST_VERSION.LIST_ID))
                                .and(READING_LIST_ITEM.VERSION.eq(READING_LIST_VERSION.VERSION))
                                .<Integer>asField("items"))
                .from(READING_LIST_VERSION)
                .where(READING_LIST_VERSION.LIST_ID.eq(id))
                .orderBy(READING_LIST_VERSION.VERSION)
                .fetch(r -> new Version(r.value1(), Instant.ofEpochMilli(r.value2()), r.value3(), r.value4()));
    }

    @Override
    public List<ReadingList> ownedBy(String owner) {
        return lists(READING_LIST.OWNER.eq(owner));
    }

    @Override
    public List<ReadingList> shared() {
        return lists(READING_LIST.SHARED.isTrue());
    }

    /** The latest versions of the lists that meet {@code condition}, the most recently changed first. */
    private List<ReadingList> lists(Condition condition) {
        return db.select(READING_LIST.OWNER, READING_LIST.SHARED)
                .select(READING_LIST_VERSION.fields())
                .from(READING_LIST)
                .join(READING_LIST_VERSION)
                .on(READING_LIST_VERSION.LIST_ID.eq(READING_LIST.ID))
                .and(READING_LIST_VERSION.VERSION.eq(READING_LIST.LATEST))
                .where(condition)
                .orderBy(READING_LIST.CHANGED_AT.desc(), READING_LIST.ID)
                .fetch(this::list);
    }

    private ReadingList list(Record r) {
        String id = r.get(READING_LIST_VERSION.LIST_ID);
        int version = r.get(READING_LIST_VERSION.VERSION);
        List<ReadingList.Item> items = new ArrayList<>();
        db.select(READING_LIST_ITEM.PUBLICATION_ID, READING_LIST_ITEM.NOTE)
                .from(READING_LIST_ITEM)
                .where(READING_LIST_ITEM.LIST_ID.eq(id))
                .and(READING_LIST_ITEM.VERSION.eq(version))
                .orderBy(READING_LIST_ITEM.POSITION)
                .forEach(i -> items.add(new ReadingList.Item(i.value1(), i.value2())));
        return new ReadingList(
                id,
                r.get(READING_LIST.OWNER),
                Boolean.TRUE.equals(r.get(READING_LIST.SHARED)),
                version,
                Instant.ofEpochMilli(r.get(READING_LIST_VERSION.CREATED_AT)),
                r.get(READING_LIST_VERSION.TITLE),
                r.get(READING_LIST_VERSION.INTRODUCTION),
                r.get(READING_LIST_VERSION.QUERY),
                items);
    }
}
