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

/**
 * Rebuilds the search index from the store, from nothing: every publication readers may see now. A shared
 * index keeps serving meanwhile (a new collection replaces the old one when it is complete); what changed while
 * it was built is applied to it again at the end, since the nodes applied those changes to the old one.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class Reindexer {
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final Outbox outbox;
    private final SearchIndex index;
    private final CurrentVersions current;
    private final Clock clock;

    Reindexer(Catalog catalog, Outbox outbox, SearchIndex index, CurrentVersions current, Clock clock) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.index = index;
        this.current = current;
        this.clock = clock;
    }

    /** Empties the index and indexes every publication readers may see; returns how many. */
    public long rebuild() {
        String upTo = outbox.latest();
        SearchIndex.Bulk rebuild = index.rebuild();
        List<Publication> batch = new ArrayList<>();
        long[] count = {0};
        Instant now = clock.instant();
        catalog.forEach(p -> {
            if (!p.visibleAt(now)) {
                return;
            }
            batch.add(p);
            if (batch.size() == BATCH) {
                rebuild.index(batch);
                count[0] += batch.size();
                batch.clear();
            }
        });
        rebuild.index(batch);
        count[0] += batch.size();
        rebuild.finish();
        if (upTo != null) {
            current.apply(outbox.changedAfter(upTo));
            index.refresh();
            outbox.doneUpTo(upTo);
        }
        return count[0];
    }
}
