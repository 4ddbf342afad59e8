package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextLikenessTest {
    private static final TellingWords.Analysis WORDS = (field, text, max) ->
            Arrays.stream(text.toLowerCase().split("\\W+")).limit(max).toList();

    private static TellingWords.Statistics statistics(long publications, Map<String, Long> docFreqs) {
        return new TellingWords.Statistics() {
            @Override
            public long publications() {
                return publications;
            }

            @Override
            public long docCount(String field) {
                return publications;
            }

            @Override
            public Map<String, Long> docFreqs(String field, Set<String> terms) {
                return terms.stream().filter(docFreqs::containsKey).collect(Collectors.toMap(t -> t, docFreqs::get));
            }
        };
    }

    @Test
    void weighsTheSeedsTermsByFrequencyAndRarityAndLeavesOutThoseNoOtherPublicationHas() {
        List<TextLikeness.Term> terms = TextLikeness.of(
                Map.of("text", List.of("sahel drought drought water unique everywhere")),
                WORDS,
                statistics(100, Map.of("sahel", 2L, "drought", 10L, "water", 10L, "unique", 1L, "everywhere", 100L)));

        assertThat(terms).extracting(TextLikeness.Term::term).containsExactly("sahel", "drought", "water");
        assertThat(terms.get(1).weight()).isCloseTo((1 + Math.log(2)) * Math.pow(Math.log(10), 1.5), within(1e-9));
        assertThat(terms.get(2).weight()).isCloseTo(Math.pow(Math.log(10), 1.5), within(1e-9));
    }

    @Test
    void keepsTheHeaviestThreeHundredTerms() {
        String text =
                java.util.stream.IntStream.range(0, 400).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Map<String, Long> docFreqs =
                java.util.stream.IntStream.range(0, 400).boxed().collect(Collectors.toMap(i -> "w" + i, i -> 2L + i));

        List<TextLikeness.Term> terms =
                TextLikeness.of(Map.of("text", List.of(text)), WORDS, statistics(1000, docFreqs));

        assertThat(terms).hasSize(TextLikeness.MAX_TERMS);
        assertThat(terms.get(0).term()).isEqualTo("w0");
        assertThat(terms.get(TextLikeness.MAX_TERMS - 1).term()).isEqualTo("w299");
    }

    @Test
    void measuresATextsNormOnItsWordsWithoutStopWordsOrCase() {
        double norm = TextLikeness.norm("Mali, MALI and the Sahel.", Set.of("and", "the")::contains);

        assertThat(norm).isCloseTo(Math.sqrt(Math.pow(1 + Math.log(2), 2) + 1), within(1e-9));
        assertThat(TextLikeness.norm("", w -> false)).isZero();
    }

    @Test
    void blendsTheTwoTextScoresHalfAndHalfEachRelativeToTheBestCandidate() {
        Map<String, Double> blended =
                TextLikeness.blend(Map.of("a", 8.0, "b", 4.0), Map.of("a", 0.1, "b", 0.4, "c", 0.2));

        assertThat(blended.get("a")).isCloseTo(0.5 + 0.125, within(1e-9));
        assertThat(blended.get("b")).isCloseTo(0.25 + 0.5, within(1e-9));
        assertThat(blended.get("c")).isCloseTo(0.25, within(1e-9));
        assertThat(TextLikeness.blend(Map.of("a", 0.0), Map.<String, Double>of()))
                .containsEntry("a", 0.0);
    }

    @Test
    void givesALongerTextLessLikenessForTheSameWordsInCommon() {
        assertThat(TextLikeness.score(3, 100)).isLessThan(TextLikeness.score(3, 10));
        assertThat(TextLikeness.score(3, 0)).isEqualTo(3);
        assertThat(TextLikeness.contribution(0)).isZero();
        assertThat(TextLikeness.contribution(1)).isEqualTo(1);
    }
}
