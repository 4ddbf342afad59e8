package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * One search, answered in one pass: the total, this page of hits with highlighted snippets, the counts of
 * every requested facet (each counted as if its own selection were not made, so a reader sees what
 * choosing another value would give), a cursor for the next page, and notices about the query.
 */
public record SearchResult(
        long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, String nextCursor, List<String> notices) {

    /** A matching publication; the snippet is empty when there is nothing to highlight. */
    public record Hit(String id, float score, List<Fragment> snippet) {}

    /** A piece of a snippet; {@code match} marks the words the query found. */
    public record Fragment(String text, boolean match) {}

    /** How many publications have this facet value, and whether the reader selected it. */
    public record FacetCount(String value, long count, boolean selected) {}
}
