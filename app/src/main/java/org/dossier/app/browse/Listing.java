package org.dossier.app.browse;

import java.util.List;
import java.util.Map;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchResult;

/** A page of a search, ready to show: publications from the store with their snippets, labelled facet counts. */
public record Listing(
        SearchRequest request,
        long total,
        List<Item> items,
        Map<Facet, List<FacetValue>> facets,
        String nextCursor,
        List<String> notices) {

    public record Item(Publication publication, List<SearchResult.Fragment> snippet) {}

    public record FacetValue(String value, String label, long count, boolean selected) {}

    public boolean hasNextPage() {
        return nextCursor != null && (long) request.page() * request.size() < total;
    }
}
