package org.dossier.app.browse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.app.search.IndexProgress;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs a reader's search: facets and hits from the index, the publications themselves from the store
 * (the truth), labels for facet values.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class Listings {
    public static final int FACET_LIMIT = 10;

    private final SearchIndex index;
    private final ReaderCatalog catalog;
    private final FacetLabels labels;
    private final IndexProgress progress;

    Listings(SearchIndex index, ReaderCatalog catalog, FacetLabels labels, IndexProgress progress) {
        this.index = index;
        this.catalog = catalog;
        this.labels = labels;
        this.progress = progress;
    }

    /** How many publications readers may see have this value of a facet (the index holds only those). */
    public long count(Facet facet, String value) {
        return index.search(SearchRequest.parse(Map.of(facet.key(), List.of(value), "size", List.of("1")))
                        .toQuery(Set.of(), 0))
                .total();
    }

    public Listing search(SearchRequest request, Set<Facet> facets) {
        return search(request, facets, FACET_LIMIT);
    }

    public Listing search(SearchRequest request, Set<Facet> facets, int facetLimit) {
        SearchResult result;
        try {
            result = index.search(request.toQuery(facets, facetLimit));
        } catch (IllegalArgumentException badCursor) {
            throw new FieldException("cursor", badCursor.getMessage());
        }
        Map<String, Publication> byId =
                catalog
                        .findSummaries(
                                result.hits().stream().map(SearchResult.Hit::id).toList())
                        .stream()
                        .collect(Collectors.toMap(Publication::id, Function.identity()));
        List<Listing.Item> items = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            Publication p = byId.get(hit.id());
            if (p != null) {
                items.add(new Listing.Item(p, hit.snippet()));
            }
        }
        Map<Facet, List<Listing.FacetValue>> facetValues = new EnumMap<>(Facet.class);
        result.facets().forEach((facet, counts) -> {
            Map<String, String> names = labels.of(
                    facet, counts.stream().map(SearchResult.FacetCount::value).toList());
            facetValues.put(
                    facet,
                    counts.stream()
                            .map(c -> new Listing.FacetValue(c.value(), names.get(c.value()), c.count(), c.selected()))
                            .toList());
        });
        List<String> notices = new ArrayList<>(result.notices());
        progress.notice().ifPresent(notices::add);
        return new Listing(request, result.total(), items, facetValues, result.nextCursor(), notices);
    }
}
