package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.dossier.search.Facet;
import org.dossier.search.ParsedQuery;
import org.dossier.search.QueryParser;
import org.dossier.search.Relaxation;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;

/**
 * One search in one pass over the index: the hits of the page, the total, and drill-sideways counts of
 * every requested facet (a facet with a selection is counted as if it had none, the others with all
 * selections applied), then snippets for the page's hits.
 */
final class FacetedSearch {
    private final FacetsConfig config;
    private final QueryBuilder queries;
    private final Highlights highlights;
    private final Hybrid hybrid;
    private volatile ReaderState cached;

    /** What faceting needs of one reader, made once: its ordinals, and its counts over every document when asked. */
    private record ReaderState(
            IndexReader reader, SortedSetDocValuesReaderState state, KeptCountsDrillSideways.Everything everything) {}

    /** With a {@code hybrid} (null for none), searches in order of relevance are ranked by meaning too. */
    FacetedSearch(FacetsConfig config, QueryBuilder queries, Highlights highlights, Hybrid hybrid) {
        this.hybrid = hybrid;
        this.config = config;
        this.queries = queries;
        this.highlights = highlights;
    }

    SearchResult search(IndexSearcher searcher, SearchQuery q) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ParsedQuery parsed = QueryParser.parse(q.text()).searchable(t -> queries.term(t, reader) != null);
        Query words = queries.build(parsed, reader, 0);
        // a search of one word or phrase is never relaxed: it need not be counted first
        long strict = parsed.all().size() < 2 ? 0 : countToEnough(searcher, filtered(words, q));
        boolean relaxing = Relaxation.applies(parsed, strict, q.effectiveSort());
        if (relaxing) {
            int most = Relaxation.minimumMatch(parsed);
            Query relaxed = queries.build(parsed, reader, most);
            long found = countToEnough(searcher, filtered(relaxed, q));
            if (found == 0 && most > 1) {
                relaxed = queries.build(parsed, reader, 1);
                found = countToEnough(searcher, filtered(relaxed, q));
            }
            relaxing = found > strict;
            words = relaxing ? relaxed : words;
        }
        Query ranked = hybrid != null && Hybrid.applies(parsed, q)
                ? hybrid.of(searcher, parsed, words, filtered(words, q), filtered(new MatchAllDocsQuery(), q))
                : words;
        SearchResult result = search(searcher, q, parsed, ranked);
        return relaxing ? Relaxation.say(result, strict) : result;
    }

    /**
     * How many documents match: exactly below {@link Relaxation#ENOUGH}, at least that many above, which is all that
     * deciding to relax asks; the search stops counting there instead of visiting every match.
     */
    private static long countToEnough(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(1, null, Relaxation.ENOUGH)).totalHits.value;
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery q, ParsedQuery parsed, Query text)
            throws IOException {
        DrillDownQuery query = filtered(text, q);
        Sort sort = SortOrders.of(q.effectiveSort());
        FieldDoc after = q.cursor() == null ? null : Cursors.decode(q.cursor(), sort.getSort());
        int topN = after == null ? q.offset() + q.size() : q.size();
        ReaderState facetState = state(searcher.getIndexReader());
        SortedSetDocValuesReaderState state = facetState.state();

        TopDocs top;
        Facets facets = null;
        if (state == null) {
            top = searcher.searchAfter(after, query, Math.max(topN, 1), sort, true);
        } else {
            DrillSideways.DrillSidewaysResult r = new KeptCountsDrillSideways(
                            searcher, config, state, facetState.everything())
                    .search(
                            query,
                            null,
                            after,
                            Math.max(topN, 1),
                            sort,
                            q.effectiveSort() == org.dossier.search.SortOrder.RELEVANCE);
            top = r.hits;
            facets = r.facets;
        }
        long total =
                top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
        ScoreDoc[] page = after == null
                ? Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length)
                : top.scoreDocs;
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        List<String> ids = LuceneSearchIndex.ids(searcher, docs);
        List<List<SearchResult.Fragment>> snippets =
                parsed.all().isEmpty() ? null : highlights.of(searcher, text, docs);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(new SearchResult.Hit(
                    ids.get(i),
                    Float.isNaN(page[i].score) ? 0 : page[i].score,
                    snippets == null ? List.of() : snippets.get(i)));
        }
        String next = page.length == q.size() && page.length > 0
                ? Cursors.encode((FieldDoc) page[page.length - 1], sort.getSort())
                : null;
        return new SearchResult(total, hits, counts(facets, q), next, parsed.notices());
    }

    private Map<Facet, List<SearchResult.FacetCount>> counts(Facets facets, SearchQuery q) throws IOException {
        Map<Facet, List<SearchResult.FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet facet : q.facets()) {
            Set<String> selected = q.filters().getOrDefault(facet, Set.of());
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            FacetResult result = facets == null ? null : top(facets, facet, q.facetLimit());
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    counts.add(
                            new SearchResult.FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    long n = facets == null ? 0 : specific(facets, facet, value);
                    counts.add(new SearchResult.FacetCount(value, n, true));
                }
            }
            out.put(facet, counts);
        }
        return out;
    }

    private static FacetResult top(Facets facets, Facet facet, int limit) throws IOException {
        try {
            return facets.getTopChildren(limit, Fields.dim(facet));
        } catch (IllegalArgumentException notIndexedYet) {
            return null;
        }
    }

    private static long specific(Facets facets, Facet facet, String value) throws IOException {
        try {
            Number n = facets.getSpecificValue(Fields.dim(facet), value);
            return n == null ? 0 : Math.max(0, n.longValue());
        } catch (IllegalArgumentException notIndexedYet) {
            return 0;
        }
    }

    /** A query within the search's facet filters and dates. */
    private DrillDownQuery filtered(Query text, SearchQuery q) {
        DrillDownQuery query = new DrillDownQuery(config, withDates(text, q));
        q.filters().forEach((facet, values) -> values.forEach(v -> query.add(Fields.dim(facet), v)));
        return query;
    }

    private static Query withDates(Query text, SearchQuery q) {
        if (q.from() == null && q.to() == null) {
            return text;
        }
        long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
        long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.DATE_START, Long.MIN_VALUE, to), Occur.FILTER)
                .add(LongPoint.newRangeQuery(Fields.DATE_END, from, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** The facet state of this reader, built once per reader; null while no publication has facets. */
    private ReaderState state(IndexReader reader) throws IOException {
        ReaderState current = cached;
        if (current != null && current.reader == reader) {
            return current;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        cached = new ReaderState(reader, state, state == null ? null : new KeptCountsDrillSideways.Everything(state));
        return cached;
    }
}
