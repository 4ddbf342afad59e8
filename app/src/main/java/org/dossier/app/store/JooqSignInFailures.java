package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SIGN_IN_FAILURE;
import static org.dossier.app.store.schema.Tables.SIGN_IN_GATE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.account.BackOff;
import org.dossier.account.SignInFailures;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins in the store. An attempt is decided in one transaction that first locks the one row of
 * {@code sign_in_gate}: on PostgreSQL that makes every node's attempts wait their turn; on SQLite the write
 * transaction alone does.
 */
@Repository
class JooqSignInFailures implements SignInFailures {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final TransactionTemplate transaction;

    JooqSignInFailures(DSLContext db, WriteLock writeLock, PlatformTransactionManager transactions) {
        this.db = db;
        this.writeLock = writeLock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Duration claim(String attempt, Map<String, BackOff> keys, Instant now, Instant since) {
        return writeLock.holding(() -> transaction.execute(status -> {
            db.update(SIGN_IN_GATE)
                    .set(SIGN_IN_GATE.CLAIMS, SIGN_IN_GATE.CLAIMS.plus(1))
                    .where(SIGN_IN_GATE.ID.eq(1))
                    .execute();
            db.deleteFrom(SIGN_IN_FAILURE)
                    .where(SIGN_IN_FAILURE.AT.lt(since.toEpochMilli()))
                    .execute();
            Duration wait = Duration.ZERO;
            for (Map.Entry<String, BackOff> key : keys.entrySet()) {
                Tally tally = tally(db, key.getKey(), since);
                Duration remaining = key.getValue().remaining(tally.count(), tally.latest(), now);
                wait = remaining.compareTo(wait) > 0 ? remaining : wait;
            }
            if (wait.isZero()) {
                for (String key : keys.keySet()) {
                    db.insertInto(
                                    SIGN_IN_FAILURE,
                                    SIGN_IN_FAILURE.FAILURE_KEY,
                                    SIGN_IN_FAILURE.AT,
                                    SIGN_IN_FAILURE.ATTEMPT_ID)
                            .values(key, now.toEpochMilli(), attempt)
                            .execute();
                }
            }
            return wait;
        }));
    }

    @Override
    public void succeeded(String attempt, String cleared) {
        writeLock.holding(() -> db.deleteFrom(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.ATTEMPT_ID.eq(attempt).or(SIGN_IN_FAILURE.FAILURE_KEY.eq(cleared)))
                .execute());
    }

    @Override
    public Tally tally(String key, Instant since) {
        return tally(db, key, since);
    }

    private static Tally tally(DSLContext db, String key, Instant since) {
        Record2<Integer, Long> r = db.select(count(), max(SIGN_IN_FAILURE.AT))
                .from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.FAILURE_KEY.eq(key).and(SIGN_IN_FAILURE.AT.ge(since.toEpochMilli())))
                .fetchOne();
        return new Tally(key, r.value1(), r.value2() == null ? null : Instant.ofEpochMilli(r.value2()));
    }

    @Override
    public List<Tally> all(Instant since) {
        return db.select(SIGN_IN_FAILURE.FAILURE_KEY, count(), max(SIGN_IN_FAILURE.AT))
                .from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.AT.ge(since.toEpochMilli()))
                .groupBy(SIGN_IN_FAILURE.FAILURE_KEY)
                .orderBy(max(SIGN_IN_FAILURE.AT).desc(), SIGN_IN_FAILURE.FAILURE_KEY)
                .fetch(r -> new Tally(r.value1(), r.value2(), Instant.ofEpochMilli(r.value3())));
    }
}
