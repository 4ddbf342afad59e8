package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.INDEX_LEASE;

import java.time.Instant;
import java.util.Optional;
import org.dossier.app.store.schema.tables.records.IndexLeaseRecord;
import org.dossier.search.IndexLease;
import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded index's lease as one row of {@code index_lease}, taken and renewed in transactions. */
@Repository
class JooqIndexLease implements IndexLease {
    private static final String EMBEDDED = "embedded";

    private final DSLContext db;
    private final WriteLock writeLock;
    private final TransactionTemplate transaction;

    JooqIndexLease(DSLContext db, WriteLock writeLock, PlatformTransactionManager transactions) {
        this.db = db;
        this.writeLock = writeLock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Optional<Holder> acquire(Holder me, Instant expiredBefore) {
        try {
            return writeLock.holding(() -> transaction.execute(status -> take(me, expiredBefore)));
        } catch (DataIntegrityViolationException anotherNodeInsertedFirst) {
            return writeLock.holding(() -> transaction.execute(status -> take(me, expiredBefore)));
        }
    }

    private Optional<Holder> take(Holder me, Instant expiredBefore) {
        IndexLeaseRecord held =
                db.selectFrom(INDEX_LEASE).where(INDEX_LEASE.SLOT.eq(EMBEDDED)).fetchOne();
        if (held == null) {
            db.insertInto(INDEX_LEASE).set(row(me)).execute();
            return Optional.empty();
        }
        Holder other = new Holder(
                held.getNode(), held.getHost(), held.getIndexPath(), Instant.ofEpochMilli(held.getHeardAt()));
        boolean sameIndex = other.host().equals(me.host()) && other.indexPath().equals(me.indexPath());
        if (!sameIndex && !other.heard().isBefore(expiredBefore)) {
            return Optional.of(other);
        }
        // taken only if nobody took it since it was read (two nodes starting at once on PostgreSQL)
        int taken = db.update(INDEX_LEASE)
                .set(row(me))
                .where(INDEX_LEASE.SLOT.eq(EMBEDDED))
                .and(INDEX_LEASE.NODE.eq(held.getNode()))
                .and(INDEX_LEASE.HEARD_AT.eq(held.getHeardAt()))
                .execute();
        return taken == 1 ? Optional.empty() : take(me, expiredBefore);
    }

    @Override
    public boolean renew(String node, Instant now) {
        return writeLock.holding(() -> db.update(INDEX_LEASE)
                        .set(INDEX_LEASE.HEARD_AT, now.toEpochMilli())
                        .where(INDEX_LEASE.SLOT.eq(EMBEDDED))
                        .and(INDEX_LEASE.NODE.eq(node))
                        .execute())
                > 0;
    }

    @Override
    public void release(String node) {
        writeLock.holding(() -> db.deleteFrom(INDEX_LEASE)
                .where(INDEX_LEASE.SLOT.eq(EMBEDDED))
                .and(INDEX_LEASE.NODE.eq(node))
                .execute());
    }

    private IndexLeaseRecord row(Holder h) {
        IndexLeaseRecord r = db.newRecord(INDEX_LEASE);
        r.setSlot(EMBEDDED);
        r.setNode(h.node());
        r.setHost(h.host());
        r.setIndexPath(h.indexPath());
        r.setHeardAt(h.heard().toEpochMilli());
        return r;
    }
}
