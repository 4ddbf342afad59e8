package org.dossier.app.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dossier.app.alert.AlertLinks;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.overview.Glances;
import org.dossier.search.Facet;
import org.dossier.search.SortOrder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Builds list pages: runs the search (within a scope, for a person's or a topic's page) and makes every link. */
@Component
@ConditionalOnWebApplication
class ListPages {
    private static final int PAGE_LINKS = 7;

    private final Listings listings;
    private final Glances glances;
    private final AlertLinks alerts;

    ListPages(Listings listings, Glances glances, AlertLinks alerts) {
        this.listings = listings;
        this.glances = glances;
        this.alerts = alerts;
    }

    /**
     * The page at {@code basePath} for the search {@code request}; {@code scope} (may be null) is the facet
     * the page is about, applied to the search but carried by the path, not by the links. The page's timeline is
     * split by {@code stackBy}.
     */
    ListPage build(
            String title,
            String kind,
            String intro,
            String basePath,
            SearchRequest request,
            Facet scope,
            String scopeValue,
            Facet stackBy) {
        SearchRequest searched = scope == null ? request : withScope(request, scope, scopeValue);
        Set<Facet> facets = EnumSet.allOf(Facet.class);
        if (scope != null) {
            facets.remove(scope);
        }
        Listing listing = listings.search(searched, facets);
        List<ListPage.FacetBlock> blocks = new ArrayList<>();
        List<ListPage.Link> chips = new ArrayList<>();
        listing.facets().forEach((facet, values) -> {
            if (values.isEmpty()) {
                return;
            }
            List<ListPage.FacetLink> links = values.stream()
                    .map(v -> new ListPage.FacetLink(
                            v.label(), v.count(), v.selected(), href(basePath, request.toggled(facet, v.value()))))
                    .toList();
            blocks.add(new ListPage.FacetBlock(facet.key(), title(facet), links));
            values.stream()
                    .filter(Listing.FacetValue::selected)
                    .forEach(v -> chips.add(new ListPage.Link(
                            title(facet) + ": " + v.label(), href(basePath, request.toggled(facet, v.value())), true)));
        });
        if (request.from() != null || request.to() != null) {
            chips.add(new ListPage.Link(
                    "Dates: " + (request.from() == null ? "…" : request.from()) + " – "
                            + (request.to() == null ? "…" : request.to()),
                    href(basePath, request.withoutDates()),
                    true));
        }
        ListPage.Link clearAll = chips.isEmpty()
                ? null
                : new ListPage.Link(
                        "Clear all filters",
                        href(basePath, SearchRequest.parse(java.util.Map.of("q", List.of(request.q())))),
                        false);
        SortOrder current = searched.toQuery(Set.of(), 0).effectiveSort();
        List<ListPage.Link> sorts = new ArrayList<>();
        for (SortOrder order : SortOrder.values()) {
            if (order == SortOrder.RELEVANCE && request.q().isBlank()) {
                continue;
            }
            sorts.add(new ListPage.Link(sortLabel(order), href(basePath, request.sortedBy(order)), order == current));
        }
        return new ListPage(
                title,
                kind,
                intro,
                basePath,
                listing,
                blocks,
                chips,
                clearAll,
                sorts,
                pages(basePath, request, listing),
                prev(basePath, request),
                next(basePath, request, listing),
                hidden(request),
                feedQuery(searched),
                glances.of(basePath, request, searched, stackBy),
                alerts.forList(basePath + feedQuery(request)));
    }

    private static SearchRequest withScope(SearchRequest request, Facet scope, String value) {
        Set<String> selected = request.filters().getOrDefault(scope, Set.of());
        return selected.contains(value) ? request : request.toggled(scope, value);
    }

    private static List<ListPage.Link> pages(String basePath, SearchRequest r, Listing listing) {
        List<ListPage.Link> out = new ArrayList<>();
        if (r.cursor() != null) {
            return out;
        }
        long last = Math.min((listing.total() + r.size() - 1) / r.size(), SearchRequest.MAX_OFFSET / r.size());
        long first = Math.max(1, Math.min(r.page() - PAGE_LINKS / 2, last - PAGE_LINKS + 1));
        for (long p = first; p <= last && p < first + PAGE_LINKS; p++) {
            out.add(new ListPage.Link(String.valueOf(p), href(basePath, r.atPage((int) p)), p == r.page()));
        }
        return out.size() > 1 ? out : List.of();
    }

    private static ListPage.Link prev(String basePath, SearchRequest r) {
        return r.page() > 1 && r.cursor() == null
                ? new ListPage.Link("Previous", href(basePath, r.atPage(r.page() - 1)), false)
                : null;
    }

    private static ListPage.Link next(String basePath, SearchRequest r, Listing listing) {
        if (!listing.hasNextPage()) {
            return null;
        }
        boolean byNumber = r.cursor() == null && (long) r.page() * r.size() < SearchRequest.MAX_OFFSET;
        return new ListPage.Link(
                "Next", href(basePath, byNumber ? r.atPage(r.page() + 1) : r.after(listing.nextCursor())), false);
    }

    private static List<ListPage.Hidden> hidden(SearchRequest r) {
        List<ListPage.Hidden> out = new ArrayList<>();
        r.filters().forEach((facet, values) -> values.forEach(v -> out.add(new ListPage.Hidden(facet.key(), v))));
        if (r.sort() != null) {
            out.add(new ListPage.Hidden("sort", r.sort().key()));
        }
        return out;
    }

    /** The query string of this list's feeds: its words, filters and scope, not its order or page. */
    private static String feedQuery(SearchRequest searched) {
        String query = new SearchRequest(
                        searched.q(),
                        searched.filters(),
                        searched.from(),
                        searched.to(),
                        null,
                        1,
                        SearchRequest.DEFAULT_SIZE,
                        null)
                .queryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    static String href(String basePath, SearchRequest r) {
        return r.link(basePath);
    }

    static String title(Facet facet) {
        return switch (facet) {
            case TYPE -> "Type";
            case TOPIC -> "Topic";
            case COUNTRY -> "Country";
            case REGION -> "Region";
            case AUTHOR -> "Author";
            case YEAR -> "Year";
            case LANGUAGE -> "Language";
            case COLLECTION -> "Collection";
            case SERIES -> "Series";
        };
    }

    private static String sortLabel(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> "Relevance";
            case NEWEST -> "Newest";
            case OLDEST -> "Oldest";
            case TITLE -> "Title";
        };
    }
}
