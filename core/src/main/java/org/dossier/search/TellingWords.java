package org.dossier.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell what a text is about, as Lucene's MoreLikeThis picks them, worked out the same way
 * by every search adapter: the terms of a text that occur in few other publications, scored by their
 * frequency in the text times their inverse document frequency (ClassicSimilarity's), ties going to the
 * field, then the term, that sort first. The adapters query with them (a text like this one) and the
 * related engine shows them ("shares: decentralization").
 */
public final class TellingWords {
    /** How words are picked: MoreLikeThis's settings; a divisor of 0 sets no upper document frequency. */
    public record Settings(
            int minDocFreq,
            int maxDocFreqDivisor,
            int minWordLen,
            int maxWords,
            int maxTokens,
            Set<String> stopWords,
            boolean boost) {}

    /** A picked term of one field, its score, and the boost it gets in a query for texts like this one. */
    public record Word(String field, String term, float score, float boost) {}

    /** How an adapter's index analyses a field's text into terms. */
    public interface Analysis {
        /** The first {@code max} terms this field makes of the text. */
        List<String> tokens(String field, String text, int max);
    }

    /** What an adapter's index knows of its terms. */
    public interface Statistics {
        /** How many publications are indexed. */
        long publications();

        /** How many publications have this field. */
        long docCount(String field);

        /** In how many publications each of these terms occurs in the field (absent: none). */
        Map<String, Long> docFreqs(String field, Set<String> terms);
    }

    private TellingWords() {}

    /**
     * The telling words of these field values, least telling first (the order MoreLikeThis gives them
     * in), at most {@code maxWords}; boosted relative to the least telling one when asked.
     */
    public static List<Word> of(
            Map<String, List<String>> values, Settings settings, Analysis analysis, Statistics statistics) {
        Map<String, Map<String, Integer>> frequencies = new LinkedHashMap<>();
        values.forEach((field, texts) -> {
            Map<String, Integer> tf = frequencies.computeIfAbsent(field, f -> new HashMap<>());
            for (String text : texts) {
                for (String term : analysis.tokens(field, text, settings.maxTokens())) {
                    if (term.length() >= settings.minWordLen()
                            && !settings.stopWords().contains(term)) {
                        tf.merge(term, 1, Integer::sum);
                    }
                }
            }
        });
        long maxDocFreq = settings.maxDocFreqDivisor() == 0
                ? Long.MAX_VALUE
                : Math.max(10, statistics.publications() / settings.maxDocFreqDivisor());
        List<Word> scored = new ArrayList<>();
        frequencies.forEach((field, tf) -> {
            if (tf.isEmpty()) {
                return;
            }
            long docCount = statistics.docCount(field);
            Map<String, Long> docFreqs = statistics.docFreqs(field, new LinkedHashSet<>(tf.keySet()));
            tf.forEach((term, freq) -> {
                long df = docFreqs.getOrDefault(term, 0L);
                if (df >= Math.max(1, settings.minDocFreq()) && df <= maxDocFreq) {
                    float idf = (float) (Math.log((docCount + 1) / (double) (df + 1)) + 1.0);
                    scored.add(new Word(field, term, freq * idf, 1));
                }
            });
        });
        scored.sort(Comparator.comparing(Word::score)
                .reversed()
                .thenComparing(Word::field)
                .thenComparing(Word::term));
        List<Word> top = new ArrayList<>(scored.subList(0, Math.min(settings.maxWords(), scored.size())));
        Collections.reverse(top);
        if (!settings.boost() || top.isEmpty()) {
            return top;
        }
        float lowest = top.get(0).score();
        return top.stream()
                .map(w -> new Word(w.field(), w.term(), w.score(), w.score() / lowest))
                .toList();
    }
}
