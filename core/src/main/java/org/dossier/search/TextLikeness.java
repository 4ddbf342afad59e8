package org.dossier.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How alike a candidate's words are to a seed's, worked out the same way by every search adapter (a cosine
 * of the SMART "lnc.ltc" kind, tuned on UN General Debate statements, see bench/README.md). The seed is a
 * vector of its terms weighted (1 + ln tf) × idf^1.5 (idf = ln(publications with the field / those with the
 * term)), its {@value #MAX_TERMS} heaviest found in at least one other publication; a candidate contributes
 * (1 + ln tf) for each of them it contains, and the sum is divided by the candidate's word norm to the power
 * 1.25, so that a long text mentioning everything once does not outrank a short one about the same thing. The norm is kept by the index for each publication.
 * Unlike MoreLikeThis's telling words, it reads the whole text, not its first 2,000 words.
 */
public final class TextLikeness {
    public static final int MAX_TERMS = 300;
    /** A seed is read whole up to this many terms per field (the longest UN statements have about 20,000). */
    private static final int MAX_TOKENS = 100_000;

    private static final double IDF_POWER = 1.5;
    private static final double NORM_POWER = 1.25;

    /** One term of the seed in one field and its weight. */
    public record Term(String field, String term, double weight) {}

    private TextLikeness() {}

    /** The seed's weighted terms, heaviest first. */
    public static List<Term> of(
            Map<String, List<String>> values, TellingWords.Analysis analysis, TellingWords.Statistics statistics) {
        List<Term> out = new ArrayList<>();
        values.forEach((field, texts) -> {
            long publications = statistics.docCount(field);
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (String text : texts) {
                analysis.tokens(field, text, MAX_TOKENS).forEach(t -> tf.merge(t, 1, Integer::sum));
            }
            Map<String, Long> docFreqs = statistics.docFreqs(field, tf.keySet());
            tf.forEach((term, freq) -> {
                long df = docFreqs.getOrDefault(term, 0L);
                if (df >= 2 && df < publications) {
                    double idf = Math.log((double) publications / df);
                    out.add(new Term(field, term, (1 + Math.log(freq)) * Math.pow(idf, IDF_POWER)));
                }
            });
        });
        out.sort(Comparator.comparingDouble(Term::weight)
                .reversed()
                .thenComparing(Term::field)
                .thenComparing(Term::term));
        return out.size() > MAX_TERMS ? List.copyOf(out.subList(0, MAX_TERMS)) : out;
    }

    /** What a term found {@code freq} times in a candidate adds, times the seed term's weight. */
    public static double contribution(int freq) {
        return freq > 0 ? 1 + Math.log(freq) : 0;
    }

    /**
     * A text's word norm: the length of its vector of (1 + ln tf) over its words (runs of letters and digits,
     * lower-cased), stop words left out. Plain words rather than the index's stems: nearly the same norm at a
     * fraction of the cost, and the same in every adapter.
     */
    public static double norm(String text, Predicate<String> stopWord) {
        Map<String, Integer> tf = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                String w = word.toString();
                if (!stopWord.test(w)) {
                    tf.merge(w, 1, Integer::sum);
                }
                word.setLength(0);
            }
        }
        double squares = 0;
        for (int freq : tf.values()) {
            double weight = contribution(freq);
            squares += weight * weight;
        }
        return Math.sqrt(squares);
    }

    /**
     * The text score of each candidate: half its MoreLikeThis score and half its likeness, each relative to
     * the best candidate's. Together they rank better than either alone once the engine adds closeness in
     * time (UN statements, tuning half; see bench/README.md).
     */
    public static <K> Map<K, Double> blend(Map<K, Double> likeThis, Map<K, Double> likeness) {
        double bestLikeThis = best(likeThis);
        double bestLikeness = best(likeness);
        Map<K, Double> out = new HashMap<>();
        likeThis.forEach((k, v) -> out.merge(k, bestLikeThis > 0 ? v / bestLikeThis / 2 : 0, Double::sum));
        likeness.forEach((k, v) -> out.merge(k, bestLikeness > 0 ? v / bestLikeness / 2 : 0, Double::sum));
        return out;
    }

    private static double best(Map<?, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The likeness of a candidate: the sum of its contributions against its norm. */
    public static double score(double sum, double norm) {
        return sum / Math.pow(Math.max(1, norm), NORM_POWER);
    }
}
