package org.dossier.app.overview;

import java.util.List;
import org.dossier.search.Facet;

/**
 * A list at a glance: how many of its publications concern each country and region (for the map) and appeared each year,
 * each year split by the values of one facet (for the timeline). Counts follow the list's words and filters;
 * a facet's own selection is counted as the facets are, as if it were not made, and marked as selected.
 */
public record Overview(long total, List<PlaceCount> countries, List<PlaceCount> regions, Timeline timeline) {

    public record PlaceCount(String code, String name, long count, boolean selected) {}

    /** Years in order; each year's counts follow {@code stacks}, then what is in none of them ("other"). */
    public record Timeline(Facet stackedBy, List<Stack> stacks, List<Year> years) {}

    public record Stack(String value, String label) {}

    public record Year(int year, long total, List<Long> counts, long other, boolean selected) {}
}
