package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.dossier.search.TellingWords;

/** Publications whose words are most like one's own (MoreLikeThis's way over title and text). */
final class Similar {
    private static final TellingWords.Settings SETTINGS = new TellingWords.Settings(2, 0, 0, 25, 2000, Set.of(), false);

    private final LikeThis likeThis;

    Similar(LikeThis likeThis) {
        this.likeThis = likeThis;
    }

    List<String> to(IndexSearcher searcher, int doc, int limit) throws IOException {
        List<TellingWords.Word> words =
                likeThis.words(searcher.getIndexReader(), LikeThis.stored(searcher, doc), SETTINGS);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc d :
                searcher.search(LikeThis.query(words), limit + 1, RelatedCandidates.BY_SCORE_THEN_ID).scoreDocs) {
            if (d.doc != doc && docs.size() < limit) {
                docs.add(d.doc);
            }
        }
        return LuceneSearchIndex.ids(
                searcher, docs.stream().mapToInt(Integer::intValue).toArray());
    }
}
