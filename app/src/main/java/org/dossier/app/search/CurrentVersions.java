package org.dossier.app.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.catalog.Catalog;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives the index publications as the store has them now: those readers may see are indexed, the others
 * (gone, drafts, withdrawn, under embargo) removed. Applying it twice changes nothing, so any node may.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class CurrentVersions {
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final SearchIndex index;
    private final Clock clock;

    CurrentVersions(Catalog catalog, SearchIndex index, Clock clock) {
        this.catalog = catalog;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Indexes or removes these publications; searches see it after the index's next refresh. Many are read and
     * indexed batch by batch, on every core the index can use.
     */
    void apply(Collection<String> publicationIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(publicationIds));
        if (ids.size() <= BATCH) {
            apply(ids, index::index);
            return;
        }
        SearchIndex.Bulk bulk = index.bulk();
        for (int i = 0; i < ids.size(); i += BATCH) {
            apply(ids.subList(i, Math.min(ids.size(), i + BATCH)), bulk::index);
        }
        bulk.finish();
    }

    private void apply(List<String> ids, Consumer<List<Publication>> indexing) {
        Set<String> hidden = new LinkedHashSet<>(ids);
        Instant now = clock.instant();
        List<Publication> visible =
                catalog.findAll(hidden).stream().filter(p -> p.visibleAt(now)).toList();
        visible.forEach(p -> hidden.remove(p.id()));
        indexing.accept(visible);
        index.delete(hidden);
    }
}
