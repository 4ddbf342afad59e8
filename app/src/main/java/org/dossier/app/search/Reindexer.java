package org.dossier.app.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Outbox;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Rebuilds the search index from the store, from nothing: every publication readers may see now. */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class Reindexer {
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final Outbox outbox;
    private final SearchIndex index;
    private final Clock clock;

    Reindexer(Catalog catalog, Outbox outbox, SearchIndex index, Clock clock) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.index = index;
        this.clock = clock;
    }

    /** Empties the index and indexes every publication readers may see; returns how many. */
    public long rebuild() {
        String upTo = outbox.latest();
        index.clear();
        List<Publication> batch = new ArrayList<>();
        long[] count = {0};
        Instant now = clock.instant();
        catalog.forEach(p -> {
            if (!p.visibleAt(now)) {
                return;
            }
            batch.add(p);
            if (batch.size() == BATCH) {
                index.index(batch);
                count[0] += batch.size();
                batch.clear();
            }
        });
        index.index(batch);
        count[0] += batch.size();
        index.refresh();
        if (upTo != null) {
            outbox.doneUpTo(upTo);
        }
        return count[0];
    }
}
