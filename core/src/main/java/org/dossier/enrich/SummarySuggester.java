package org.dossier.enrich;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests a Summary for a publication that has none: two to four of its own sentences, as written and in the
 * order they come, never words of its own. A sentence is worth what its words are to the whole text (how often the
 * text uses them, short and common words aside), a little more near the start; a sentence much like one already
 * chosen is passed over.
 */
public final class SummarySuggester {
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    private static final double TOO_ALIKE = 0.5;

    private record Sentence(int index, String text, Set<String> words) {}

    /** The suggested points, or none when the text has too few sentences to choose from. */
    public List<String> suggest(String body, String language) {
        List<Sentence> sentences = sentences(body == null ? "" : body, language);
        if (sentences.size() < 3) {
            return List.of();
        }
        Map<String, Integer> frequency = new HashMap<>();
        sentences.forEach(s -> s.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Map<Sentence, Double> scores = new HashMap<>();
        for (Sentence s : sentences) {
            double sum = 0;
            for (String w : s.words()) {
                sum += frequency.get(w);
            }
            double position = 1 + 0.5 / (1 + s.index());
            scores.put(s, sum / Math.sqrt(s.words().size()) * position);
        }
        int wanted = sentences.size() < 15 ? 2 : sentences.size() < 40 ? 3 : 4;
        List<Sentence> chosen = new ArrayList<>();
        sentences.stream()
                .sorted(Comparator.comparingDouble((Sentence s) -> scores.get(s))
                        .reversed())
                .forEach(s -> {
                    if (chosen.size() < wanted && chosen.stream().noneMatch(c -> alike(c, s))) {
                        chosen.add(s);
                    }
                });
        return chosen.stream()
                .sorted(Comparator.comparingInt(Sentence::index))
                .map(Sentence::text)
                .toList();
    }

    private static List<Sentence> sentences(String body, String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        List<Sentence> out = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n|\\n(?=[#*>\\-]|\\d+\\.)")) {
            String p = paragraph.strip();
            if (p.isEmpty() || p.startsWith("#") || p.startsWith("|")) {
                continue;
            }
            BreakIterator it = BreakIterator.getSentenceInstance(locale);
            it.setText(p);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String text = p.substring(start, end).strip();
                List<Words.Word> words = Words.of(text);
                if (words.size() >= MIN_WORDS && words.size() <= MAX_WORDS && !text.startsWith("*")) {
                    Set<String> content = new HashSet<>();
                    words.stream()
                            .map(Words.Word::key)
                            .filter(w -> w.length() > 3)
                            .forEach(content::add);
                    if (!content.isEmpty()) {
                        out.add(new Sentence(out.size(), text, content));
                    }
                }
            }
        }
        return out;
    }

    private static boolean alike(Sentence a, Sentence b) {
        Set<String> both = new HashSet<>(a.words());
        both.retainAll(b.words());
        Set<String> either = new HashSet<>(a.words());
        either.addAll(b.words());
        return (double) both.size() / either.size() > TOO_ALIKE;
    }
}
