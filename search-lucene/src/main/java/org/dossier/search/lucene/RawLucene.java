package org.dossier.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.dossier.search.Facet;
import org.dossier.search.QueryParser;
import org.dossier.search.SearchQuery;

/**
 * Lucene without Dossier around it: the query, drill-sideways facets and highlights the adapter builds for a
 * search, run straight on an {@link IndexSearcher} and thrown away. The floor the search benchmark holds the
 * adapter against; nothing in the application uses it.
 */
public final class RawLucene {
    private final IndexSearcher searcher;
    private final FacetsConfig config = DocumentMapper.facetsConfig();
    private final SortedSetDocValuesReaderState state;
    private final QueryBuilder queries = new QueryBuilder(Analyzers.perField());
    private final Highlights highlights = new Highlights(Analyzers.perField());

    public RawLucene(DirectoryReader reader) throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    /** The page of hits alone. */
    public void hits(SearchQuery q) throws IOException {
        searcher.search(drillDown(q, base(q)), q.size(), sort(q));
    }

    /** The page of hits with every facet's counts and the highlights of a text search. */
    public void full(SearchQuery q) throws IOException {
        Query base = base(q);
        boolean scored = !q.text().isBlank();
        DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, config, state)
                .search(drillDown(q, base), null, null, q.size(), sort(q), scored);
        Facets facets = r.facets;
        for (Facet f : Facet.values()) {
            try {
                facets.getTopChildren(q.facetLimit(), Fields.dim(f));
            } catch (IllegalArgumentException dimensionNotIndexed) {
                // an archive without authors, for instance
            }
        }
        if (scored) {
            highlights.of(
                    searcher,
                    base,
                    Arrays.stream(r.hits.scoreDocs).mapToInt(d -> d.doc).toArray());
        }
    }

    private Query base(SearchQuery q) {
        var reader = searcher.getIndexReader();
        return queries.build(QueryParser.parse(q.text()).searchable(t -> queries.term(t, reader) != null), reader, 0);
    }

    private DrillDownQuery drillDown(SearchQuery q, Query base) {
        DrillDownQuery drillDown = new DrillDownQuery(config, base);
        q.filters().forEach((f, values) -> values.forEach(v -> drillDown.add(Fields.dim(f), v)));
        return drillDown;
    }

    private static Sort sort(SearchQuery q) {
        return SortOrders.of(q.effectiveSort());
    }
}
