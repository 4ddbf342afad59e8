package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.OUTBOX;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.dossier.catalog.Outbox;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table. Nodes claim entries one at a time: on PostgreSQL a transaction-scoped advisory lock
 * serialises the claims of all nodes (a claim is one short query; the indexing happens outside it), on SQLite
 * the single writer does.
 */
@Repository
class JooqOutbox implements Outbox {
    /** The advisory lock the claims of every node take on PostgreSQL ("outbox" in ASCII). */
    private static final long CLAIM_LOCK = 0x6f7574626f78L;

    private final DSLContext db;
    private final WriteLock writeLock;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RenderedQueries queries;

    JooqOutbox(
            DSLContext db,
            WriteLock writeLock,
            Clock clock,
            PlatformTransactionManager transactions,
            RenderedQueries queries) {
        this.queries = queries;
        this.db = db;
        this.writeLock = writeLock;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<Entry> claim(String node, int limit, Duration hold) {
        if (nothingDue()) {
            return List.of(); // most of the time: asked without a transaction, the write lock or rendering
        }
        return writeLock.holding(() -> transaction.execute(status -> {
            if (db.dialect().family() == SQLDialect.POSTGRES) {
                db.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(CLAIM_LOCK)))
                        .fetch();
            }
            long now = clock.millis();
            org.dossier.app.store.schema.tables.Outbox claimed = OUTBOX.as("claimed");
            List<Entry> entries = db.select(OUTBOX.ID, OUTBOX.PUBLICATION_ID, OUTBOX.CHANGE_KIND)
                    .from(OUTBOX)
                    .where(due())
                    .and(OUTBOX.CLAIMED_UNTIL
                            .isNull()
                            .or(OUTBOX.CLAIMED_UNTIL.le(now))
                            .or(OUTBOX.CLAIMED_BY.eq(node)))
                    .andNotExists(DSL.selectOne()
                            .from(claimed)
                            .where(claimed.PUBLICATION_ID.eq(OUTBOX.PUBLICATION_ID))
                            .and(claimed.PROCESSED_AT.isNull())
                            .and(claimed.CLAIMED_UNTIL.gt(now))
                            .and(claimed.CLAIMED_BY.ne(node)))
                    .orderBy(OUTBOX.ID)
                    .limit(limit)
                    .fetch(r -> new Entry(
                            r.value1(), r.value2(), OutboxChange.DELETE.code().equals(r.value3())));
            if (!entries.isEmpty()) {
                db.update(OUTBOX)
                        .set(OUTBOX.CLAIMED_BY, node)
                        .set(OUTBOX.CLAIMED_UNTIL, now + hold.toMillis())
                        .where(OUTBOX.ID.in(entries.stream().map(Entry::id).toList()))
                        .execute();
            }
            return entries;
        }));
    }

    @Override
    public void done(Collection<String> entryIds) {
        if (!entryIds.isEmpty()) {
            writeLock.holding(() -> db.update(OUTBOX)
                    .set(OUTBOX.PROCESSED_AT, clock.millis())
                    .where(OUTBOX.ID.in(entryIds))
                    .execute());
        }
    }

    @Override
    public void doneUpTo(String entryId) {
        writeLock.holding(() -> db.update(OUTBOX)
                .set(OUTBOX.PROCESSED_AT, clock.millis())
                .where(due().and(OUTBOX.ID.le(entryId)))
                .execute());
    }

    @Override
    public String latest() {
        return db.select(OUTBOX.ID)
                .from(OUTBOX)
                .orderBy(OUTBOX.ID.desc())
                .limit(1)
                .fetchOne(OUTBOX.ID);
    }

    @Override
    public List<String> changedAfter(String entryId) {
        return db.select(OUTBOX.PUBLICATION_ID)
                .from(OUTBOX)
                .where(OUTBOX.ID.gt(entryId))
                .groupBy(OUTBOX.PUBLICATION_ID)
                .orderBy(DSL.min(OUTBOX.ID))
                .fetch(OUTBOX.PUBLICATION_ID);
    }

    @Override
    public long pendingCount() {
        return db.fetchCount(OUTBOX, due());
    }

    /** An embargoed entry waits from the end of its embargo, not from when it was written. */
    @Override
    public java.util.Optional<java.time.Instant> oldestPending() {
        return java.util.Optional.ofNullable(db.select(
                                org.jooq.impl.DSL.min(org.jooq.impl.DSL.coalesce(OUTBOX.NOT_BEFORE, OUTBOX.CREATED_AT)))
                        .from(OUTBOX)
                        .where(due())
                        .fetchOne(0, Long.class))
                .map(java.time.Instant::ofEpochMilli);
    }

    @Override
    public int prune(java.time.Instant appliedBefore) {
        return writeLock.holding(() -> db.deleteFrom(OUTBOX)
                .where(OUTBOX.PROCESSED_AT.lt(appliedBefore.toEpochMilli()))
                .execute());
    }

    private boolean nothingDue() {
        long now = clock.millis();
        return queries.rows(
                        "outbox: anything due",
                        () -> db.selectOne().from(OUTBOX).where(due(now)).limit(DSL.inline(1)),
                        now)
                .isEmpty();
    }

    /** Not yet processed, and not waiting for a later time (the end of an embargo). */
    private org.jooq.Condition due() {
        return due(clock.millis());
    }

    private static org.jooq.Condition due(long now) {
        return OUTBOX.PROCESSED_AT.isNull().and(OUTBOX.NOT_BEFORE.isNull().or(OUTBOX.NOT_BEFORE.le(now)));
    }
}
