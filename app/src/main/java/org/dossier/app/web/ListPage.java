package org.dossier.app.web;

import java.util.List;
import org.dossier.app.browse.Listing;
import org.dossier.app.citation.Citations;
import org.dossier.app.overview.Glance;

/**
 * A faceted list of publications: All publications, or a person's, a topic's, a place's or a
 * collection's. Every link carries the whole state of the search in its URL.
 */
public record ListPage(
        String title,
        String kind,
        String intro,
        String basePath,
        Listing listing,
        List<FacetBlock> facets,
        List<Link> chips,
        Link clearAll,
        List<Link> sorts,
        List<Link> pages,
        Link prev,
        Link next,
        List<Hidden> hidden,
        String feedQuery,
        Glance glance,
        String alertHref) {

    /** A facet in the sidebar: its values with counts, each a link that selects or unselects it. */
    public record FacetBlock(String key, String title, List<FacetLink> values) {}

    public record FacetLink(String label, long count, boolean selected, String href) {}

    public record Link(String label, String href, boolean current) {}

    /** A form field that keeps the current filters when the reader searches again. */
    public record Hidden(String name, String value) {}

    public String q() {
        return listing.request().q();
    }

    public String from() {
        return listing.request().from() == null ? "" : listing.request().from();
    }

    public String to() {
        return listing.request().to() == null ? "" : listing.request().to();
    }

    public long firstShown() {
        return listing.items().isEmpty()
                ? 0
                : (long) (listing.request().page() - 1) * listing.request().size() + 1;
    }

    public long lastShown() {
        return listing.items().isEmpty() ? 0 : firstShown() + listing.items().size() - 1;
    }

    /** A part of the list's references export, when it takes more than one: its page and the results it holds. */
    public record ExportPart(int page, long first, long last) {}

    /** The export's parts after the first, when the list has more results than one export holds; at most nine are offered. */
    public List<ExportPart> laterExportParts() {
        List<ExportPart> parts = new java.util.ArrayList<>();
        int size = Citations.REFERENCES_PER_EXPORT;
        for (int page = 2; (long) (page - 1) * size < listing.total() && page <= 10; page++) {
            parts.add(
                    new ExportPart(page, (long) (page - 1) * size + 1, Math.min((long) page * size, listing.total())));
        }
        return parts;
    }

    /** How many references one export holds. */
    public int exportSize() {
        return Citations.REFERENCES_PER_EXPORT;
    }

    /** The query of this list with a page of its export: "?q=mali&page=2". */
    public String exportQuery(int page) {
        return (feedQuery.isEmpty() ? "?" : feedQuery + "&") + "page=" + page;
    }
}
