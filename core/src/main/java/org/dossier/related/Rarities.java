package org.dossier.related;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;

/** Asks the search index how common the seed's and its candidates' collections and topics are. */
public final class Rarities {
    private Rarities() {}

    public static Rarity of(SearchIndex index, Publication seed, List<RelatedCandidate> candidates) {
        Set<String> topics = new LinkedHashSet<>(seed.topics());
        candidates.forEach(c -> topics.addAll(c.facts().topics()));
        return new Rarity(
                index.size(),
                seed.collection() == null
                        ? java.util.Map.of()
                        : index.counts(Facet.COLLECTION, List.of(seed.collection())),
                index.counts(Facet.TOPIC, topics));
    }
}
