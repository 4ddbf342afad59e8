package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways search whose counts over every document are made once per index reader: browsing everything, and
 * the other values of a facet whose value is the only filter, would otherwise count the whole index on every view.
 */
final class KeptCountsDrillSideways extends DrillSideways {
    private final Everything everything;

    KeptCountsDrillSideways(
            IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state, Everything everything) {
        super(searcher, config, state);
        this.everything = everything;
    }

    /** The counts of every document of one reader, made when first asked. */
    static final class Everything {
        private final SortedSetDocValuesReaderState state;
        private Facets counts;

        Everything(SortedSetDocValuesReaderState state) {
            this.state = state;
        }

        synchronized Facets counts() {
            if (counts == null) {
                try {
                    counts = new SortedSetDocValuesFacetCounts(state);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return counts;
        }
    }

    @Override
    protected Facets buildFacetsResult(
            FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
            throws IOException {
        Facets down = drillDowns == null ? null : counts(drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
            return down;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            sideways.put(drillSidewaysDims[i], counts(drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
    }

    private Facets counts(FacetsCollector hits) throws IOException {
        long matched = 0;
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            matched += m.totalHits;
        }
        return matched == searcher.getIndexReader().numDocs()
                ? everything.counts()
                : new SortedSetDocValuesFacetCounts(state, hits);
    }
}
