package org.dossier.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;
import org.dossier.search.TellingWords;
import org.dossier.search.TextLikeness;

/** The {@link TextLikeness} of candidates to a seed, from the index's postings and the norms it keeps. */
final class Likeness {
    private static final Similarity LOG_TF = new LogTfSimilarity();

    private final Analyzer analyzer;
    private final LikeThis likeThis;

    Likeness(Analyzer analyzer, LikeThis likeThis) {
        this.analyzer = analyzer;
        this.likeThis = likeThis;
    }

    /** Each candidate document's likeness to the seed's title and text (absent: nothing in common). */
    Map<Integer, Double> of(
            IndexSearcher searcher,
            TellingWords.Statistics statistics,
            Map<String, List<String>> seed,
            Query candidates,
            int count)
            throws IOException {
        List<TextLikeness.Term> terms =
                TextLikeness.of(seed, (field, text, max) -> Analyzers.tokens(analyzer, field, text, max), statistics);
        Map<Integer, Double> out = new HashMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (TextLikeness.Term t : terms) {
            any.add(
                    new BoostQuery(
                            likeThis.termQuery(searcher.getIndexReader(), t.field(), t.term()), (float) t.weight()),
                    Occur.SHOULD);
        }
        IndexSearcher byLogTf = new IndexSearcher(searcher.getIndexReader());
        byLogTf.setSimilarity(LOG_TF);
        Query query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(candidates, Occur.FILTER)
                .build();
        for (ScoreDoc d : byLogTf.search(query, Math.max(1, count)).scoreDocs) {
            out.put(d.doc, TextLikeness.score(d.score, norm(searcher, d.doc)));
        }
        return out;
    }

    /** The norm the index keeps; worked out from the stored text in an index written before it kept one. */
    private static double norm(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues norms = leaf.reader().getNumericDocValues(Fields.TEXT_NORM);
        if (norms != null && norms.advanceExact(doc - leaf.docBase)) {
            return Double.longBitsToDouble(norms.longValue());
        }
        StringBuilder text = new StringBuilder();
        LikeThis.stored(searcher, doc)
                .values()
                .forEach(values -> values.forEach(v -> text.append(v).append('\n')));
        return TextLikeness.norm(text.toString(), Analyzers::isStopWord);
    }
}
