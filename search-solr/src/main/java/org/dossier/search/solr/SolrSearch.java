package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.dossier.search.Facet;
import org.dossier.search.MarkedSnippet;
import org.dossier.search.ParsedQuery;
import org.dossier.search.QueryParser;
import org.dossier.search.Relaxation;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;

/**
 * One search in one request: the page of hits (a cursor from Solr's cursorMark), the total, facet counts
 * where a facet with a selection is counted without its own filter (tagged filters, excluded in its
 * domain), and snippets from the unified highlighter marked as the embedded index marks them.
 */
final class SolrSearch {
    private final Solr solr;
    private final SolrQueries queries;

    SolrSearch(Solr solr, SolrQueries queries) {
        this.solr = solr;
        this.queries = queries;
    }

    SearchResult search(SearchQuery q) {
        ParsedQuery typed = QueryParser.parse(q.text());
        Set<String> known = known(queries.misspellingCandidates(typed));
        ParsedQuery parsed = typed.searchable(t -> queries.term(t, known) != null);
        SearchResult strict = search(q, parsed, queries.build(parsed, known, 0));
        if (!Relaxation.applies(parsed, strict.total(), q.effectiveSort())) {
            return strict;
        }
        int most = Relaxation.minimumMatch(parsed);
        SearchResult relaxed = search(q, parsed, queries.build(parsed, known, most));
        if (relaxed.total() == 0 && most > 1) {
            relaxed = search(q, parsed, queries.build(parsed, known, 1));
        }
        return relaxed.total() <= strict.total() ? strict : Relaxation.say(relaxed, strict.total());
    }

    private SearchResult search(SearchQuery q, ParsedQuery parsed, Map<String, Object> text) {
        JsonQueryRequest request = new JsonQueryRequest()
                .setQuery(text)
                .withFilter(KIND + ":" + PUBLICATION)
                .setSort(sort(q.effectiveSort()))
                .returnFields(ID, "score")
                .withParam("cursorMark", q.cursor() == null ? "*" : q.cursor())
                .setLimit(q.cursor() == null ? q.offset() + q.size() : q.size());
        q.filters()
                .forEach((facet, values) -> request.withFilter("{!tag=" + tag(facet) + "}" + facet(facet) + ":("
                        + values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR "))
                        + ")"));
        if (q.to() != null) {
            request.withFilter(DATE_START + ":[* TO " + q.to().toEpochDay() + "]");
        }
        if (q.from() != null) {
            request.withFilter(DATE_END + ":[" + q.from().toEpochDay() + " TO *]");
        }
        facets(request, q);
        if (!parsed.all().isEmpty()) {
            highlight(request);
        }
        QueryResponse response = solr.query(request, q.cursor() != null);

        List<SolrDocument> docs = response.getResults();
        List<SolrDocument> page =
                q.cursor() == null ? docs.subList(Math.min(q.offset(), docs.size()), docs.size()) : docs;
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument d : page) {
            String id = (String) d.getFieldValue(ID);
            Object score = d.getFieldValue("score");
            hits.add(new SearchResult.Hit(
                    id, score == null ? 0 : ((Number) score).floatValue(), snippet(highlighting, id)));
        }
        String next = page.size() == q.size() && !page.isEmpty() ? response.getNextCursorMark() : null;
        return new SearchResult(response.getResults().getNumFound(), hits, counts(response, q), next, parsed.notices());
    }

    /** Which of these words the index has (so that only the others are looked for as misspellings). */
    private Set<String> known(List<String> words) {
        return words.isEmpty()
                ? Set.of()
                : new SolrTermStatistics(solr)
                        .docFreqs(WORDS, new LinkedHashSet<>(words))
                        .keySet();
    }

    private static String sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> "score desc, id asc";
            case NEWEST -> DATE_SORT + " desc, id asc";
            case OLDEST -> DATE_SORT + " asc, id asc";
            case TITLE -> TITLE_SORT + " asc, id asc";
        };
    }

    private static void facets(JsonQueryRequest request, SearchQuery q) {
        for (Facet facet : q.facets()) {
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("type", "terms");
            terms.put("field", facet(facet));
            terms.put("limit", q.facetLimit());
            terms.put("sort", "count desc");
            terms.put("refine", true);
            // each shard proposes this many more values, so that values tied at the cut are counted on all of them
            terms.put("overrequest", 1000);
            terms.put("domain", Map.of("excludeTags", tag(facet)));
            request.withFacet(facet.key(), terms);
            int i = 0;
            for (String value : q.filters().getOrDefault(facet, Set.of())) {
                request.withFacet(
                        selectedName(facet, i++),
                        Map.of(
                                "type",
                                "query",
                                "q",
                                facet(facet) + ":" + ClientUtils.escapeQueryChars(value),
                                "domain",
                                Map.of("excludeTags", tag(facet))));
            }
        }
    }

    private static String selectedName(Facet facet, int i) {
        return facet.key() + "_selected_" + i;
    }

    private static Map<Facet, List<SearchResult.FacetCount>> counts(QueryResponse response, SearchQuery q) {
        NestableJsonFacet json = response.getJsonFacetingResponse();
        Map<Facet, List<SearchResult.FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet facet : q.facets()) {
            Set<String> selected = q.filters().getOrDefault(facet, Set.of());
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            BucketBasedJsonFacet buckets = json == null ? null : json.getBucketBasedFacets(facet.key());
            if (buckets != null) {
                for (BucketJsonFacet b : buckets.getBuckets()) {
                    String value = String.valueOf(b.getVal());
                    counts.add(new SearchResult.FacetCount(value, b.getCount(), selected.contains(value)));
                }
            }
            int i = 0;
            for (String value : selected) {
                NestableJsonFacet specific = json == null ? null : json.getQueryFacet(selectedName(facet, i++));
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    counts.add(new SearchResult.FacetCount(value, specific == null ? 0 : specific.getCount(), true));
                }
            }
            out.put(facet, counts);
        }
        return out;
    }

    private static void highlight(JsonQueryRequest request) {
        request.withParam("hl", true)
                .withParam("hl.method", "unified")
                .withParam("hl.fl", String.join(",", TEXTS))
                .withParam("hl.snippets", 2)
                .withParam("hl.fragsize", 1)
                .withParam("hl.requireFieldMatch", true)
                .withParam("hl.defaultSummary", false)
                .withParam("hl.maxAnalyzedChars", 100_000)
                .withParam("hl.usePhraseHighlighter", true)
                .withParam("hl.highlightMultiTerm", true)
                .withParam("hl.tag.pre", String.valueOf(MarkedSnippet.START))
                .withParam("hl.tag.post", String.valueOf(MarkedSnippet.END))
                .withParam("hl.tag.ellipsis", String.valueOf(MarkedSnippet.GAP));
    }

    private static List<SearchResult.Fragment> snippet(Map<String, Map<String, List<String>>> highlighting, String id) {
        Map<String, List<String>> fields = highlighting == null ? null : highlighting.get(id);
        if (fields == null) {
            return List.of();
        }
        for (String field : TEXTS) {
            List<String> values = fields.get(field);
            if (values != null && !values.isEmpty()) {
                return MarkedSnippet.parse(values.get(0));
            }
        }
        return List.of();
    }
}
