package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dossier.cluster.ClusterJobs;
import org.junit.jupiter.api.Test;

/** What every store's cluster jobs must do: one run per period, whichever node asks first. */
interface ClusterJobsContract {

    ClusterJobs clusterJobs();

    @Test
    default void letsOneNodeRunAJobOncePerPeriod() {
        assertThat(clusterJobs().claim("digest", "node-a", Duration.ofHours(1))).isTrue();
        assertThat(clusterJobs().claim("digest", "node-b", Duration.ofHours(1))).isFalse();
        assertThat(clusterJobs().claim("digest", "node-a", Duration.ofHours(1))).isFalse();
        assertThat(clusterJobs().claim("prune", "node-b", Duration.ofHours(1)))
                .as("another job has its own periods")
                .isTrue();
        assertThat(clusterJobs().claim("digest", "node-b", Duration.ZERO))
                .as("the period is over")
                .isTrue();
    }
}
