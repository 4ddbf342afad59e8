package org.dossier.app.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.catalog.Vocabulary;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.related.Rarities;
import org.dossier.related.RelatedCandidate;
import org.dossier.related.RelatedEngine;
import org.dossier.related.RelatedItem;
import org.dossier.search.SearchIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A publication's related publications: the editors' pins first, in their order, then the engine's
 * choices among the index's candidates, never a banned one, each with the reasons it is there. The engine's
 * choices for a publication are kept until the index changes (its {@link SearchIndex#version()}, the same on
 * every node) or the publication's own pins, bans or collection do; the cards are read from the store on
 * every view.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class RelatedPublications {
    public static final String PINNED = "Chosen by the editors";
    private static final int CANDIDATES = 60;
    private static final int KEPT_SEEDS = 4096;

    private final ReaderCatalog catalog;
    private final SearchIndex index;
    private final RelatedEngine engine;
    private final Vocabulary vocabulary;
    private final Map<String, Picks> kept =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Picks> eldest) {
                    return size() > KEPT_SEEDS;
                }
            });

    RelatedPublications(ReaderCatalog catalog, SearchIndex index, RelatedEngine engine, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.index = index;
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    /** A related publication with why it is there, ready to show. */
    public record Related(Publication publication, RelatedItem item) {}

    /** Pins, then the engine's picks, up to {@code limit} in all (all pins are shown even beyond it). */
    public List<Related> of(Publication seed, int limit) {
        List<Related> out = new ArrayList<>();
        for (Publication pinned : catalog.findSummaries(seed.related())) {
            out.add(new Related(pinned, new RelatedItem(pinned.id(), 1.0, true, List.of(PINNED))));
        }
        int free = limit - out.size();
        if (free <= 0) {
            return out;
        }
        List<RelatedItem> picked = picks(seed, free);
        Map<String, Publication> byId = new HashMap<>();
        catalog.findSummaries(picked.stream().map(RelatedItem::id).toList()).forEach(p -> byId.put(p.id(), p));
        for (RelatedItem item : picked) {
            Publication p = byId.get(item.id());
            if (p != null) {
                out.add(new Related(p, item));
            }
        }
        return out;
    }

    /** What the engine's choices depend on besides the index's content, which its version stands for. */
    private record Inputs(
            String indexVersion,
            java.time.Instant seedUpdated,
            List<String> pinned,
            List<String> banned,
            String collectionKind,
            int limit) {}

    private record Picks(Inputs inputs, List<RelatedItem> items) {}

    private List<RelatedItem> picks(Publication seed, int limit) {
        String kind = collectionKind(seed);
        Inputs inputs = new Inputs(index.version(), seed.updated(), seed.related(), seed.bannedRelated(), kind, limit);
        Picks known = kept.get(seed.id());
        if (known != null && known.inputs().equals(inputs)) {
            return known.items();
        }
        Set<String> excluded = new HashSet<>(seed.related());
        excluded.addAll(seed.bannedRelated());
        excluded.add(seed.id());
        Map<String, RelatedEngine.Reference> references = new HashMap<>();
        catalog.linkingTo(seed.id()).forEach(id -> references.put(id, RelatedEngine.Reference.CITES_SEED));
        String thisOne = " this " + seed.noun();
        for (Connection c : catalog.connections(seed)) {
            // the other's reason, as the other sees it: "Supersedes this brief" when it supersedes the seed
            references.put(c.other().id(), new RelatedEngine.Reference(c.kind().words(!c.inverse()) + thisOne));
        }
        List<RelatedCandidate> candidates = index.relatedCandidates(seed, references.keySet(), CANDIDATES).stream()
                .filter(c -> !excluded.contains(c.id()))
                .toList();
        List<RelatedItem> picked = List.copyOf(engine.rank(
                CandidateFacts.of(seed), kind, candidates, references, Rarities.of(index, seed, candidates), limit));
        kept.put(seed.id(), new Picks(inputs, picked));
        return picked;
    }

    private String collectionKind(Publication seed) {
        return seed.collection() == null
                ? null
                : vocabulary.collectionKind(seed.collection()).orElse(null);
    }
}
