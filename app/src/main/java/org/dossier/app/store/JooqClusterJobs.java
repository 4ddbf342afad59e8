package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.CLUSTER_JOB;

import java.time.Clock;
import java.time.Duration;
import org.dossier.cluster.ClusterJobs;
import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

/** A job's last run as a row of {@code cluster_job}; a node claims a period by moving it forward, atomically. */
@Repository
class JooqClusterJobs implements ClusterJobs {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final Clock clock;

    JooqClusterJobs(DSLContext db, WriteLock writeLock, Clock clock) {
        this.db = db;
        this.writeLock = writeLock;
        this.clock = clock;
    }

    @Override
    public boolean claim(String job, String node, Duration period) {
        long now = clock.millis();
        return writeLock.holding(() -> {
            int moved = db.update(CLUSTER_JOB)
                    .set(CLUSTER_JOB.NODE, node)
                    .set(CLUSTER_JOB.RAN_AT, now)
                    .where(CLUSTER_JOB.NAME.eq(job))
                    .and(CLUSTER_JOB.RAN_AT.le(now - period.toMillis()))
                    .execute();
            if (moved == 1) {
                return true;
            }
            if (db.fetchExists(CLUSTER_JOB, CLUSTER_JOB.NAME.eq(job))) {
                return false;
            }
            try {
                return db.insertInto(CLUSTER_JOB)
                                .set(CLUSTER_JOB.NAME, job)
                                .set(CLUSTER_JOB.NODE, node)
                                .set(CLUSTER_JOB.RAN_AT, now)
                                .execute()
                        == 1;
            } catch (DataIntegrityViolationException anotherNodeInsertedFirst) {
                return false;
            }
        });
    }
}
