package org.dossier.app.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.browse.SearchRequest;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Counts a list's publications by country and by year from the index: one search, and one per stacked value. */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class Overviews {
    /** The facets a timeline can be split by: those a publication has at most one value of, so stacks add up. */
    public static final Set<Facet> STACKABLE = EnumSet.of(Facet.TYPE, Facet.LANGUAGE, Facet.SERIES);

    static final int MAX_STACKS = 5;
    private static final int ALL = 1000;
    /** A year as the index keeps it; a selected value that is none (typed into the URL) counts nothing. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final SearchIndex index;
    private final FacetLabels labels;

    Overviews(SearchIndex index, FacetLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    /** The overview of the list {@code searched}, its timeline split by {@code stackBy} (one of {@link #STACKABLE}). */
    public Overview of(SearchRequest searched, Facet stackBy) {
        if (!STACKABLE.contains(stackBy)) {
            throw new IllegalArgumentException(stackBy + " cannot split a timeline");
        }
        SearchResult result =
                index.search(query(searched, EnumSet.of(Facet.COUNTRY, Facet.REGION, Facet.YEAR, stackBy)));
        return new Overview(
                result.total(),
                places(result, Facet.COUNTRY),
                places(result, Facet.REGION),
                timeline(searched, stackBy, result));
    }

    private List<Overview.PlaceCount> places(SearchResult result, Facet facet) {
        List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
        Map<String, String> names = labels.of(
                facet, counts.stream().map(SearchResult.FacetCount::value).toList());
        return counts.stream()
                .map(c -> new Overview.PlaceCount(c.value(), names.get(c.value()), c.count(), c.selected()))
                .toList();
    }

    private Overview.Timeline timeline(SearchRequest searched, Facet stackBy, SearchResult result) {
        List<SearchResult.FacetCount> values = result.facets().getOrDefault(stackBy, List.of());
        List<SearchResult.FacetCount> chosen = values.stream().anyMatch(SearchResult.FacetCount::selected)
                ? values.stream().filter(SearchResult.FacetCount::selected).toList()
                : values;
        chosen = chosen.stream()
                .sorted(Comparator.comparingLong(SearchResult.FacetCount::count).reversed())
                .limit(MAX_STACKS)
                .toList();
        Map<String, String> names = labels.of(
                stackBy, chosen.stream().map(SearchResult.FacetCount::value).toList());
        List<Overview.Stack> stacks = new ArrayList<>();
        List<TreeMap<Integer, Long>> perStack = new ArrayList<>();
        for (SearchResult.FacetCount value : chosen) {
            stacks.add(new Overview.Stack(value.value(), names.get(value.value())));
            SearchRequest narrowed = searched;
            if (!searched.filters().getOrDefault(stackBy, Set.of()).equals(Set.of(value.value()))) {
                narrowed = only(searched, stackBy, value.value());
            }
            perStack.add(years(index.search(query(narrowed, EnumSet.of(Facet.YEAR)))));
        }
        TreeMap<Integer, Long> totals = years(result);
        Set<String> selectedYears = searched.filters().getOrDefault(Facet.YEAR, Set.of());
        List<Overview.Year> years = new ArrayList<>();
        if (!totals.isEmpty()) {
            for (int year = totals.firstKey(); year <= totals.lastKey(); year++) {
                long total = totals.getOrDefault(year, 0L);
                List<Long> counts = new ArrayList<>();
                for (Map<Integer, Long> stack : perStack) {
                    counts.add(stack.getOrDefault(year, 0L));
                }
                long other = total - counts.stream().mapToLong(Long::longValue).sum();
                years.add(new Overview.Year(
                        year, total, counts, Math.max(0, other), selectedYears.contains(String.valueOf(year))));
            }
        }
        return new Overview.Timeline(stackBy, stacks, years);
    }

    private static SearchRequest only(SearchRequest searched, Facet facet, String value) {
        Map<Facet, Set<String>> filters = new HashMap<>(searched.filters());
        filters.put(facet, Set.of(value));
        return new SearchRequest(searched.q(), filters, searched.from(), searched.to(), null, 1, 1, null);
    }

    private static SearchQuery query(SearchRequest searched, Set<Facet> facets) {
        return new SearchRequest(searched.q(), searched.filters(), searched.from(), searched.to(), null, 1, 1, null)
                .toQuery(facets, ALL);
    }

    private static TreeMap<Integer, Long> years(SearchResult result) {
        TreeMap<Integer, Long> years = new TreeMap<>();
        for (SearchResult.FacetCount c : result.facets().getOrDefault(Facet.YEAR, List.of())) {
            if (YEAR.matcher(c.value()).matches()) {
                years.put(Integer.parseInt(c.value()), c.count());
            }
        }
        return years;
    }
}
