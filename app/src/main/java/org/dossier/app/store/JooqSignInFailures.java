package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SIGN_IN_FAILURE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import java.time.Instant;
import java.util.List;
import org.dossier.account.SignInFailures;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

@Repository
class JooqSignInFailures implements SignInFailures {
    private final DSLContext db;
    private final WriteLock writeLock;

    JooqSignInFailures(DSLContext db, WriteLock writeLock) {
        this.db = db;
        this.writeLock = writeLock;
    }

    @Override
    public void record(Instant at, Instant forgetBefore, String... keys) {
        writeLock.holding(() -> {
            db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.AT.lt(forgetBefore.toEpochMilli())).execute();
            for (String key : keys) {
                db.insertInto(SIGN_IN_FAILURE, SIGN_IN_FAILURE.FAILURE_KEY, SIGN_IN_FAILURE.AT).values(key, at.toEpochMilli()).execute();
            }
            return null;
        });
    }

    @Override
    public Tally tally(String key, Instant since) {
        Record2<Integer, Long> r = db.select(count(), max(SIGN_IN_FAILURE.AT)).from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.FAILURE_KEY.eq(key).and(SIGN_IN_FAILURE.AT.ge(since.toEpochMilli()))).fetchOne();
        return new Tally(key, r.value1(), r.value2() == null ? null : Instant.ofEpochMilli(r.value2()));
    }

    @Override
    public List<Tally> all(Instant since) {
        return db.select(SIGN_IN_FAILURE.FAILURE_KEY, count(), max(SIGN_IN_FAILURE.AT)).from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.AT.ge(since.toEpochMilli())).groupBy(SIGN_IN_FAILURE.FAILURE_KEY)
                .orderBy(max(SIGN_IN_FAILURE.AT).desc(), SIGN_IN_FAILURE.FAILURE_KEY)
                .fetch(r -> new Tally(r.value1(), r.value2(), Instant.ofEpochMilli(r.value3())));
    }

    @Override
    public void clear(String key) {
        writeLock.holding(() -> db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILURE_KEY.eq(key)).execute());
    }
}
