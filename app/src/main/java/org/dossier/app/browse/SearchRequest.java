package org.dossier.app.browse;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.field.FieldException;
import org.dossier.publication.PublicationDate;
import org.dossier.search.Facet;
import org.dossier.search.SearchQuery;
import org.dossier.search.SortOrder;

/**
 * A search as the URL carries it, for pages and API alike: {@code q}, one parameter per facet (repeated
 * for several values), {@code from}/{@code to} dates, {@code sort}, {@code page} and {@code size}, or a
 * {@code cursor} for deep paging. Every parameter is checked; a wrong one is named.
 */
public record SearchRequest(
        String q,
        Map<Facet, Set<String>> filters,
        String from,
        String to,
        SortOrder sort,
        int page,
        int size,
        String cursor) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Beyond this many results, pages are reached with cursors ({@code next} links carry them). */
    public static final int MAX_OFFSET = 10_000;

    public static SearchRequest parse(Map<String, List<String>> params) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = params.getOrDefault(f.key(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .toList();
            if (!values.isEmpty()) {
                filters.put(f, new LinkedHashSet<>(values));
            }
        }
        String sortKey = one(params, "sort");
        SortOrder sort = sortKey == null
                ? null
                : SortOrder.ofKey(sortKey)
                        .orElseThrow(() -> new FieldException("sort", "must be relevance, newest, oldest or title"));
        int page = number(params, "page", 1);
        int size = number(params, "size", DEFAULT_SIZE);
        if (page < 1) {
            throw new FieldException("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new FieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) (page - 1) * size >= MAX_OFFSET) {
            throw new FieldException(
                    "page",
                    "goes beyond the first " + MAX_OFFSET
                            + " results; follow the next links, which use a cursor, to go further");
        }
        String from = one(params, "from");
        String to = one(params, "to");
        date(from, "from", false);
        date(to, "to", true);
        return new SearchRequest(
                one(params, "q") == null ? "" : one(params, "q"),
                filters,
                from,
                to,
                sort,
                page,
                size,
                one(params, "cursor"));
    }

    public SearchQuery toQuery(Set<Facet> facets, int facetLimit) {
        return new SearchQuery(
                q,
                filters,
                date(from, "from", false),
                date(to, "to", true),
                sort,
                (page - 1) * size,
                size,
                cursor,
                facets.isEmpty() ? EnumSet.noneOf(Facet.class) : facets,
                facetLimit);
    }

    /** The same search on another page (1-based), by offset. */
    public SearchRequest atPage(int newPage) {
        return new SearchRequest(q, filters, from, to, sort, newPage, size, null);
    }

    /** The same search, continuing after a cursor. */
    public SearchRequest after(String newCursor) {
        return new SearchRequest(q, filters, from, to, sort, page + 1, size, newCursor);
    }

    public SearchRequest sortedBy(SortOrder order) {
        return new SearchRequest(q, filters, from, to, order, 1, size, null);
    }

    /** The same search with this facet value selected, or unselected if it was; back to page 1. */
    public SearchRequest toggled(Facet facet, String value) {
        Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
        filters.forEach((k, v) -> f.put(k, new LinkedHashSet<>(v)));
        Set<String> values = f.computeIfAbsent(facet, k -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            f.remove(facet);
        }
        return new SearchRequest(q, f, from, to, sort, 1, size, null);
    }

    public SearchRequest withoutDates() {
        return new SearchRequest(q, filters, null, null, sort, 1, size, null);
    }

    /** The address of this search on the list page at {@code basePath}. */
    public String link(String basePath) {
        String query = queryString();
        return query.isEmpty() ? basePath : basePath + "?" + query;
    }

    /** The URL query string of this search ("" when it is the default), parameters in a fixed order. */
    public String queryString() {
        List<String> parts = new java.util.ArrayList<>();
        add(parts, "q", q.isBlank() ? null : q);
        filters.forEach((facet, values) -> values.forEach(v -> add(parts, facet.key(), v)));
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "sort", sort == null ? null : sort.key());
        add(parts, "size", size == DEFAULT_SIZE ? null : String.valueOf(size));
        add(parts, "cursor", cursor);
        add(parts, "page", page == 1 || cursor != null ? null : String.valueOf(page));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A date parameter: YYYY, YYYY-MM or YYYY-MM-DD, taken as the first day (from) or the last (to). */
    private static LocalDate date(String value, String name, boolean end) {
        if (value == null) {
            return null;
        }
        try {
            PublicationDate d = PublicationDate.parse(value);
            LocalDate start = LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
            if (!end || d.day() != null) {
                return start;
            }
            return d.month() != null
                    ? start.plusMonths(1).minusDays(1)
                    : start.plusYears(1).minusDays(1);
        } catch (IllegalArgumentException e) {
            throw new FieldException(name, e.getMessage());
        }
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null
                || values.isEmpty()
                || values.get(0) == null
                || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new FieldException(name, "may be given once");
        }
        return values.get(0).strip();
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        String v = one(params, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new FieldException(
                    name, "must be a whole number, not '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
        }
    }
}
