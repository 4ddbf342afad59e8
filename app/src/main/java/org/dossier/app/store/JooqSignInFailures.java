package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SIGN_IN_FAILURE;

import java.time.Instant;
import org.dossier.account.SignInFailures;
import org.jooq.DSLContext;
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
    public int since(String key, Instant since) {
        return db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.FAILURE_KEY.eq(key).and(SIGN_IN_FAILURE.AT.ge(since.toEpochMilli())));
    }

    @Override
    public void clear(String key) {
        writeLock.holding(() -> db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILURE_KEY.eq(key)).execute());
    }
}
