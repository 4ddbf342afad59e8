package org.dossier.search.lucene;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.dossier.search.TextLikeness;

/**
 * Scores a term query by its boost times (1 + ln tf), nothing else: the candidate's side of
 * {@link TextLikeness}, whose seed weights come as boosts. Only for searching; the index keeps BM25's norms.
 */
final class LogTfSimilarity extends Similarity {
    private final BM25Similarity indexed = new BM25Similarity();

    @Override
    public long computeNorm(FieldInvertState state) {
        return indexed.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return (float) (boost * TextLikeness.contribution((int) freq));
            }
        };
    }
}
