package org.dossier.app.search;

import org.dossier.catalog.Outbox;
import org.dossier.search.SearchIndex;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The search index in the health check: how many publications it holds and how many changes wait. */
@Component("search")
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class SearchHealth implements HealthIndicator {
    private final SearchIndex index;
    private final Outbox outbox;

    SearchHealth(SearchIndex index, Outbox outbox) {
        this.index = index;
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("documents", index.size()).withDetail("pending_changes", outbox.pendingCount()).build();
    }
}
