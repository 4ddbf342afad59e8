package org.dossier.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A reader's search: the text they typed, the facet values they selected (OR within a facet, AND across
 * facets), an optional date range, the order, the page (by offset, or after a cursor for deep paging),
 * and which facets to count.
 */
public record SearchQuery(
        String text,
        Map<Facet, Set<String>> filters,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        int offset,
        int size,
        String cursor,
        Set<Facet> facets,
        int facetLimit) {

    public SearchQuery {
        text = text == null ? "" : text;
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((f, values) -> {
            if (!values.isEmpty()) {
                copy.put(f, Set.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        facets = facets.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(facets));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), null, null, null, 0, 20, null, EnumSet.allOf(Facet.class), 10);
    }

    /** The order used: relevance when there is something to search for, newest otherwise, unless one was chosen. */
    public SortOrder effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return QueryParser.parse(text).isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
    }

    public SearchQuery withFilter(Facet facet, String... values) {
        Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
        f.putAll(filters);
        f.put(facet, Set.of(values));
        return new SearchQuery(text, f, from, to, sort, offset, size, cursor, facets, facetLimit);
    }

    public SearchQuery withSort(SortOrder order) {
        return new SearchQuery(text, filters, from, to, order, offset, size, cursor, facets, facetLimit);
    }

    public SearchQuery withPage(int newOffset, int newSize, String newCursor) {
        return new SearchQuery(text, filters, from, to, sort, newOffset, newSize, newCursor, facets, facetLimit);
    }

    public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, filters, newFrom, newTo, sort, offset, size, cursor, facets, facetLimit);
    }
}
