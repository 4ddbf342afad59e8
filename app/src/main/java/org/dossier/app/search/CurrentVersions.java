package org.dossier.app.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final Catalog catalog;
    private final SearchIndex index;
    private final Clock clock;

    CurrentVersions(Catalog catalog, SearchIndex index, Clock clock) {
        this.catalog = catalog;
        this.index = index;
        this.clock = clock;
    }

    /** Indexes or removes these publications; searches see it after the index's next refresh. */
    void apply(Collection<String> publicationIds) {
        Set<String> hidden = new LinkedHashSet<>(publicationIds);
        Instant now = clock.instant();
        List<Publication> visible =
                catalog.findAll(hidden).stream().filter(p -> p.visibleAt(now)).toList();
        visible.forEach(p -> hidden.remove(p.id()));
        index.index(visible);
        index.delete(hidden);
    }
}
