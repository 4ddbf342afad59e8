package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dossier.publication.Publication;
import org.dossier.search.IndexedText;

/**
 * The textbook baseline: each publication's title and text as a TF-IDF vector ((1 + ln tf) × ln(N / df),
 * English stemming and stop words, the 300 heaviest terms kept), related by cosine.
 */
final class TfIdf {
    private static final int KEPT = 300;

    private record Weight(int doc, double value) {}

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> docs = new HashMap<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Weight>> postings = new HashMap<>();

    TfIdf(List<Publication> corpus) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            for (Publication p : corpus) {
                Map<String, Integer> tf = terms(analyzer, p.title() + "\n" + IndexedText.of(p));
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                counts.add(tf);
                docs.put(p.id(), ids.size());
                ids.add(p.id());
            }
        }
        int n = corpus.size();
        for (int doc = 0; doc < n; doc++) {
            Map<String, Double> weights = new HashMap<>();
            counts.get(doc).forEach((t, tf) -> weights.put(t, (1 + Math.log(tf)) * Math.log((double) n / df.get(t))));
            Map<String, Double> kept = new HashMap<>();
            weights.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(KEPT)
                    .forEach(e -> kept.put(e.getKey(), e.getValue()));
            double norm =
                    Math.sqrt(kept.values().stream().mapToDouble(w -> w * w).sum());
            kept.replaceAll((t, w) -> norm == 0 ? 0 : w / norm);
            vectors.add(kept);
            int d = doc;
            kept.forEach((t, w) ->
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new Weight(d, w)));
        }
    }

    List<String> similar(String id, int limit) {
        int seed = docs.get(id);
        double[] scores = new double[ids.size()];
        vectors.get(seed).forEach((t, w) -> postings.get(t).forEach(p -> scores[p.doc()] += w * p.value()));
        scores[seed] = 0;
        List<Integer> found = new ArrayList<>();
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] > 0) {
                found.add(d);
            }
        }
        found.sort((a, b) -> scores[a] != scores[b]
                ? Double.compare(scores[b], scores[a])
                : ids.get(a).compareTo(ids.get(b)));
        return found.stream().limit(limit).map(ids::get).toList();
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tf;
    }
}
