package org.dossier.app.search;

import java.time.Clock;
import java.time.Duration;
import org.dossier.catalog.Outbox;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in the health check (and in readiness): out of service until it has caught up with the store
 * since the node started; details for admins: how many publications it holds, how many changes wait and how
 * old the oldest of them is (the index's lag behind the store, in seconds).
 */
@Component("search")
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class SearchHealth implements HealthIndicator {
    private final SearchIndex index;
    private final Outbox outbox;
    private final IndexProgress progress;
    private final Clock clock;

    SearchHealth(SearchIndex index, Outbox outbox, IndexProgress progress, Clock clock) {
        this.index = index;
        this.outbox = outbox;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return (progress.complete() ? Health.up() : Health.outOfService())
                .withDetail("documents", index.size())
                .withDetail("pending_changes", outbox.pendingCount())
                .withDetail(
                        "lag_seconds",
                        outbox.oldestPending()
                                .map(t -> Math.max(
                                        0, Duration.between(t, clock.instant()).toSeconds()))
                                .orElse(0L))
                .build();
    }
}
