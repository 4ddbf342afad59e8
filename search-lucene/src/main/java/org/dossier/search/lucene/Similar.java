package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Publications whose words are most like one's own (Lucene MoreLikeThis over title and text). */
final class Similar {
    private final Analyzer analyzer;

    Similar(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<String> to(IndexSearcher searcher, int doc, int limit) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.TITLE_EN, Fields.TEXT_EN, Fields.TITLE_FR, Fields.TEXT_FR});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        mlt.setMaxNumTokensParsed(2000);
        Query like = mlt.like(doc);
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc d : searcher.search(like, limit + 1).scoreDocs) {
            if (d.doc != doc && docs.size() < limit) {
                docs.add(d.doc);
            }
        }
        return LuceneSearchIndex.ids(
                searcher, docs.stream().mapToInt(Integer::intValue).toArray());
    }
}
