package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.OUTBOX;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.dossier.catalog.Outbox;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqOutbox implements Outbox {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqOutbox(DSLContext db, WriteLock writeLock, Clock clock) {
        this.db = db;
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public List<Entry> pending(int limit) {
        return db.select(OUTBOX.ID, OUTBOX.PUBLICATION_ID, OUTBOX.CHANGE_KIND)
                .from(OUTBOX)
                .where(due())
                .orderBy(OUTBOX.ID)
                .limit(limit)
                .fetch(r -> new Entry(
                        r.value1(), r.value2(), OutboxChange.DELETE.code().equals(r.value3())));
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

    /** Not yet processed, and not waiting for a later time (the end of an embargo). */
    private org.jooq.Condition due() {
        return OUTBOX.PROCESSED_AT.isNull().and(OUTBOX.NOT_BEFORE.isNull().or(OUTBOX.NOT_BEFORE.le(clock.millis())));
    }
}
