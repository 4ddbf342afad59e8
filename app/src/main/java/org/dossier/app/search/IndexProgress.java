package org.dossier.app.search;

import java.time.Clock;
import java.util.Optional;
import org.dossier.catalog.Catalog;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Whether this node's search index has caught up with the store since the node started. Until it has, lists
 * are incomplete: they say so (with how far the index has got), and the node is not ready for traffic.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class IndexProgress {
    private final OutboxIndexer indexer;
    private final SearchIndex index;
    private final Catalog catalog;
    private final Clock clock;

    IndexProgress(OutboxIndexer indexer, SearchIndex index, Catalog catalog, Clock clock) {
        this.indexer = indexer;
        this.index = index;
        this.catalog = catalog;
        this.clock = clock;
    }

    public boolean complete() {
        return indexer.hasCaughtUp();
    }

    /** While the index is still being built: "Dossier is still building its search index: 1,200 of 13,209 …". */
    public Optional<String> notice() {
        if (complete()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "Dossier is still building its search index: %,d of %,d publications are searchable "
                        + "so far, so lists are incomplete. Reload in a moment.",
                index.size(), catalog.countVisible(clock.instant())));
    }
}
