package org.dossier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Embedder;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchByMeaningTest {
    @TempDir
    Path folder;

    private LuceneSearchIndex index;

    /** A stand-in for a sentence model: the dimensions are two themes, counted by their words. */
    static final class ThemeEmbedder implements Embedder {
        private static final Map<Integer, Set<String>> THEMES = Map.of(
                0, Set.of("ceasefire", "armistice", "truce", "hostilities"),
                1, Set.of("bond", "bonds", "inflation", "interest"));

        @Override
        public String model() {
            return "themes";
        }

        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(ThemeEmbedder::vector).toList();
        }

        private static float[] vector(String text) {
            float[] v = {0, 0, 0.05f};
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                THEMES.forEach((dimension, words) -> v[dimension] += words.contains(word) ? 1 : 0);
            }
            double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
            return v;
        }
    }

    @BeforeEach
    void index() {
        index = new LuceneSearchIndex(folder, Gazetteer.standard(), new ThemeEmbedder());
        index.index(List.of(
                pub("CEASEFIRE", "Ceasefire agreed in the north", "The parties agreed to a ceasefire.", "2014"),
                pub("ARMISTICE", "An armistice ends the fighting", "The truce holds and hostilities stop.", "2015"),
                pub("BONDS", "Bond markets and inflation", "Interest rates rose.", "2016")));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsWhatSaysTheSameInOtherWordsAfterWhatHasTheWords() {
        SearchResult r = index.search(SearchQuery.of("ceasefire"));

        assertThat(ids(r)).containsExactly("CEASEFIRE", "ARMISTICE");
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void keepsToTheWordsInOtherOrdersThanRelevance() {
        assertThat(ids(index.search(SearchQuery.of("ceasefire").withSort(SortOrder.NEWEST))))
                .containsExactly("CEASEFIRE");
    }

    @Test
    void keepsToTheWordsWithoutAnEmbedder(@TempDir Path other) {
        try (LuceneSearchIndex plain = new LuceneSearchIndex(other, Gazetteer.standard())) {
            plain.index(List.of(
                    seed(),
                    pub("ARMISTICE", "An armistice ends the fighting", "The truce holds.", "2015").toBuilder()
                            .topics(List.of("Peace processes"))
                            .build()));
            plain.refresh();

            assertThat(ids(plain.search(SearchQuery.of("ceasefire")))).containsExactly("CEASEFIRE");
            assertThat(plain.relatedCandidates(seed(), List.of(), 10))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.meaning()).isNaN());
        }
    }

    @Test
    void givesRelatedCandidatesTheirClosenessInMeaning() {
        Map<String, Double> meaning = index.relatedCandidates(seed(), List.of(), 10).stream()
                .collect(java.util.stream.Collectors.toMap(RelatedCandidate::id, RelatedCandidate::meaning));

        assertThat(meaning.get("ARMISTICE")).isGreaterThan(0.9);
        assertThat(meaning.get("BONDS")).isLessThan(0.1);
        assertThat(meaning).doesNotContainKey("CEASEFIRE");
    }

    private static Publication seed() {
        return pub("CEASEFIRE", "Ceasefire agreed in the north", "The parties agreed to a ceasefire.", "2014")
                .toBuilder()
                .topics(List.of("Peace processes"))
                .build();
    }

    private static Publication pub(String id, String title, String body, String year) {
        return Publication.builder()
                .id(id)
                .slug(id.toLowerCase(Locale.ROOT))
                .title(title)
                .type("Report")
                .date(PublicationDate.parse(year))
                .language("en")
                .body(body)
                .build();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
