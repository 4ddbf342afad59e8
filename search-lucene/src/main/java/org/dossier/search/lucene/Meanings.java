package org.dossier.search.lucene;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads the meaning vectors the index stores and compares two of them relative to the archive: what every
 * publication of an archive says alike (the opening courtesies of every UN statement) is taken out by
 * subtracting the archive's mean vector before the cosine, so that closeness means a shared subject.
 */
final class Meanings {
    /** The sum and count of each segment's vectors, kept while the segment lives (segments never change). */
    private static final int SHRINK = 50;

    private final Map<IndexReader.CacheKey, double[]> sums = Collections.synchronizedMap(new WeakHashMap<>());

    /** The meaning vector of a document, or null when it has none. */
    static float[] of(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.MEANING);
        int target = doc - leaf.docBase;
        if (values == null || values.advance(target) != target) {
            return null;
        }
        return values.vectorValue().clone();
    }

    /**
     * The mean of every vector in the index (deleted documents of a segment still count until it is merged),
     * shrunk toward zero in a small archive, where a few publications would make their own subject look common:
     * by n / (n + {@value #SHRINK}).
     */
    float[] mean(IndexSearcher searcher) throws IOException {
        double[] total = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            double[] sum = helper == null ? sum(leaf) : sums.get(helper.getKey());
            if (sum == null) {
                sum = sum(leaf);
                sums.put(helper.getKey(), sum);
            }
            if (sum.length > 0) {
                total = total == null ? sum.clone() : add(total, sum);
            }
        }
        if (total == null) {
            return null;
        }
        int n = total.length - 1;
        double count = total[n];
        float[] mean = new float[n];
        for (int i = 0; i < n; i++) {
            mean[i] = (float) (total[i] / (count + SHRINK));
        }
        return mean;
    }

    /** The cosine of two vectors once the archive's mean is taken from both. */
    static double cosine(float[] a, float[] b, float[] mean) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i] - mean[i];
            double y = b[i] - mean[i];
            dot += x * y;
            aa += x * x;
            bb += y * y;
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }

    /** A segment's vectors summed, with their count last; empty when it has none. */
    private static double[] sum(LeafReaderContext leaf) throws IOException {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.MEANING);
        if (values == null) {
            return new double[0];
        }
        double[] sum = new double[values.dimension() + 1];
        while (values.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            float[] v = values.vectorValue();
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
            sum[v.length]++;
        }
        return sum;
    }

    private static double[] add(double[] total, double[] sum) {
        for (int i = 0; i < total.length; i++) {
            total[i] += sum[i];
        }
        return total;
    }
}
