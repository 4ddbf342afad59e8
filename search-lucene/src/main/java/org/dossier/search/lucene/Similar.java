package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.dossier.search.Facet;
import org.dossier.search.TellingWords;

/** Publications whose words are most like one's own (MoreLikeThis's way over title and text). */
final class Similar {
    private static final FacetsConfig FACETS = DocumentMapper.facetsConfig();
    private static final TellingWords.Settings SETTINGS = new TellingWords.Settings(2, 0, 0, 25, 2000, Set.of(), false);

    private final LikeThis likeThis;

    Similar(LikeThis likeThis) {
        this.likeThis = likeThis;
    }

    /** The documents most like this one, among those with a value of {@code having} when it is not null. */
    List<String> to(IndexSearcher searcher, int doc, int limit, Facet having) throws IOException {
        List<TellingWords.Word> words =
                likeThis.words(searcher.getIndexReader(), LikeThis.stored(searcher, doc), SETTINGS);
        if (words.isEmpty()) {
            return List.of();
        }
        Query query = LikeThis.query(words);
        if (having != null) {
            String dim = Fields.dim(having);
            query = new BooleanQuery.Builder()
                    .add(query, Occur.MUST)
                    .add(new TermQuery(DrillDownQuery.term(FACETS.getDimConfig(dim).indexFieldName, dim)), Occur.FILTER)
                    .build();
        }
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, limit + 1, RelatedCandidates.BY_SCORE_THEN_ID).scoreDocs) {
            if (d.doc != doc && docs.size() < limit) {
                docs.add(d.doc);
            }
        }
        return LuceneSearchIndex.ids(
                searcher, docs.stream().mapToInt(Integer::intValue).toArray());
    }
}
