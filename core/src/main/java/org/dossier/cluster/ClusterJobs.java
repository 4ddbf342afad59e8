package org.dossier.cluster;

import java.time.Duration;

/**
 * Background jobs that run once per period for the whole cluster, whichever node gets there first (pruning
 * the outbox, sending digests): with one node or twenty, the job runs once.
 */
public interface ClusterJobs {

    /** Whether this node is to run the job now: true for one node only when nobody has run it within the period. */
    boolean claim(String job, String node, Duration period);
}
