package org.dossier.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dossier.search.Embedder;
import org.dossier.search.ParsedQuery;
import org.dossier.search.SearchQuery;
import org.dossier.search.SortOrder;

/**
 * Hybrid search: the words' query (BM25) fused with the publications nearest in meaning to what was typed.
 * Of the {@value #NEIGHBOURS} nearest publications within the filters, those at least {@value #ALIKE_FROM}
 * alike (cosine) are added to the words' matches, and their closeness adds up to {@value #WEIGHT} of the best
 * words' score to their own: what says the same in other words is found, and among the matches what means
 * it most comes first.
 */
final class Hybrid {
    static final int NEIGHBOURS = 50;
    static final float WEIGHT = 1f;
    static final double ALIKE_FROM = 0.25;
    private static final int CACHED = 1000;

    private final Embedder embedder;
    private final Map<String, float[]> vectors = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    });

    Hybrid(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Whether a search is ranked by meaning too: words looked for anywhere, in order of relevance. */
    static boolean applies(ParsedQuery parsed, SearchQuery q) {
        return q.effectiveSort() == SortOrder.RELEVANCE
                && parsed.all().stream().flatMap(List::stream).anyMatch(t -> t.field() == ParsedQuery.Field.ANY);
    }

    /** The words' query with meaning fused in; {@code filters} are the search's filters, {@code filtered} the words' query within them. */
    Query of(IndexSearcher searcher, ParsedQuery parsed, Query words, Query filtered, Query filters)
            throws IOException {
        ScoreDoc[] best = searcher.search(filtered, 1).scoreDocs;
        double scale = best.length == 0 ? 1 : best[0].score;
        ScoreDoc[] nearest = searcher.search(
                        new KnnFloatVectorQuery(Fields.MEANING, vector(text(parsed)), NEIGHBOURS, filters), NEIGHBOURS)
                .scoreDocs;
        List<String> ids = LuceneSearchIndex.ids(
                searcher, Arrays.stream(nearest).mapToInt(d -> d.doc).toArray());
        BooleanQuery.Builder fused = new BooleanQuery.Builder().add(words, Occur.SHOULD);
        for (int i = 0; i < nearest.length; i++) {
            double cosine = 2 * nearest[i].score - 1; // Lucene scores a dot product d as (1 + d) / 2
            if (cosine >= ALIKE_FROM) {
                float weight = (float) (scale * WEIGHT * (cosine - ALIKE_FROM) / (1 - ALIKE_FROM));
                Query publication = new ConstantScoreQuery(new TermQuery(new Term(Fields.ID, ids.get(i))));
                fused.add(new BoostQuery(publication, Math.max(weight, Float.MIN_NORMAL)), Occur.SHOULD);
            }
        }
        return fused.build();
    }

    private float[] vector(String text) {
        float[] cached = vectors.get(text);
        if (cached == null) {
            cached = embedder.embed(List.of(text)).get(0);
            vectors.put(text, cached);
        }
        return cached;
    }

    private static String text(ParsedQuery parsed) {
        return parsed.all().stream()
                .flatMap(List::stream)
                .map(ParsedQuery.Term::text)
                .collect(Collectors.joining(" "));
    }
}
