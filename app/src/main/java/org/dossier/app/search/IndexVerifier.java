package org.dossier.app.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dossier.catalog.Catalog;
import org.dossier.publication.ContentHash;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Compares the search index with the store, the truth: every publication readers may see must be indexed as
 * the store has it (same content hash), and nothing else; and repairs what drifted. Pending changes are applied
 * first, so that only real drift is reported (a lost write, a node that died between index and outbox).
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class IndexVerifier {
    private final Catalog catalog;
    private final SearchIndex index;
    private final OutboxIndexer indexer;
    private final CurrentVersions current;
    private final Clock clock;

    IndexVerifier(Catalog catalog, SearchIndex index, OutboxIndexer indexer, CurrentVersions current, Clock clock) {
        this.catalog = catalog;
        this.index = index;
        this.indexer = indexer;
        this.current = current;
        this.clock = clock;
    }

    /** What differs: visible publications the index lacks, indexed ones readers may not see, and stale ones. */
    public record Drift(long visible, long indexed, List<String> missing, List<String> extra, List<String> stale) {
        public boolean none() {
            return missing.isEmpty() && extra.isEmpty() && stale.isEmpty();
        }
    }

    public Drift compare() {
        indexer.catchUp();
        Instant now = clock.instant();
        Map<String, String> stored = new HashMap<>();
        catalog.forEach(p -> {
            if (p.visibleAt(now)) {
                stored.put(p.id(), ContentHash.of(p));
            }
        });
        Map<String, String> indexed = index.fingerprints();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> stale = new TreeSet<>();
        stored.forEach((id, hash) -> {
            String there = indexed.get(id);
            if (there == null) {
                missing.add(id);
            } else if (!there.equals(hash)) {
                stale.add(id);
            }
        });
        TreeSet<String> extra = new TreeSet<>(indexed.keySet());
        extra.removeAll(stored.keySet());
        return new Drift(stored.size(), indexed.size(), List.copyOf(missing), List.copyOf(extra), List.copyOf(stale));
    }

    /** Indexes the missing and stale publications as the store has them, removes the extra ones; returns what was found. */
    public Drift repair() {
        Drift drift = compare();
        List<String> differ = new ArrayList<>(drift.missing());
        differ.addAll(drift.stale());
        differ.addAll(drift.extra());
        for (int i = 0; i < differ.size(); i += 500) {
            current.apply(differ.subList(i, Math.min(differ.size(), i + 500)));
        }
        index.refresh();
        return drift;
    }
}
