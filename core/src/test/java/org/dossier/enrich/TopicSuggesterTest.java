package org.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dossier.enrich.TopicSuggester.Example;
import org.junit.jupiter.api.Test;

class TopicSuggesterTest {

    @Test
    void weighsNearerNeighboursMoreAndCountsMissingOnesAsVotingForNothing() {
        var votes = TopicSuggester.votes(List.of(List.of("Water"), List.of("Land", "Water")), 2);

        assertThat(votes.get("Water")).isEqualTo(1.0);
        assertThat(votes.get("Land")).isEqualTo(0.5 / 1.5);
        assertThat(TopicSuggester.votes(List.of(List.of("Water")), 2).get("Water"))
                .as("one neighbour of two")
                .isEqualTo(1 / 1.5);
    }

    @Test
    void suggestsWhatTheNeighboursCarryWithTheConfidenceTheArchiveTaught() {
        TopicSuggester suggester = TopicSuggester.learn(archive(), 10);

        List<TopicSuggester.TopicSuggestion> made =
                suggester.suggest(Collections.nCopies(10, List.of("Water", "Land")), Set.of("Land"), 0.5);

        assertThat(made).extracting(TopicSuggester.TopicSuggestion::topic).containsExactly("Water");
        assertThat(made.get(0).confidence()).isEqualTo(1.0);
        assertThat(made.get(0).evidenceText()).isEqualTo("10 of the 10 most alike publications · 100 % sure");
    }

    @Test
    void leavesOutATopicFewNeighboursCarryWhenSuchVotesWereSeldomRight() {
        TopicSuggester suggester = TopicSuggester.learn(archive(), 10);
        List<List<String>> nearest = new ArrayList<>(Collections.nCopies(9, List.of("Water")));
        nearest.add(List.of("Land"));

        assertThat(suggester.confidence(
                        "Land", TopicSuggester.votes(nearest, 10).get("Land")))
                .isLessThan(0.5);
        assertThat(suggester.suggest(nearest, Set.of(), 0.5))
                .extracting(TopicSuggester.TopicSuggestion::topic)
                .containsExactly("Water");
        assertThat(suggester.suggest(nearest, Set.of(), 0.0))
                .extracting(TopicSuggester.TopicSuggestion::topic)
                .as("with no threshold, everything with a chance")
                .containsExactly("Water");
    }

    /** Publications about water whose neighbours all carry Water, and one in ten of whom carry Land by chance. */
    private static List<Example> archive() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<List<String>> nearest = new ArrayList<>(Collections.nCopies(9, List.of("Water")));
            nearest.add(List.of("Land"));
            examples.add(new Example(Set.of("Water"), nearest));
        }
        return examples;
    }
}
