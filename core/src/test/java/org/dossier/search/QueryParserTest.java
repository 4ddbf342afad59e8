package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.search.ParsedQuery.Field;
import org.dossier.search.ParsedQuery.Term;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    @Test
    void readsWordsPhrasesExclusionsAlternativesAndFields() {
        ParsedQuery q = QueryParser.parse(
                "Mali \"peace agreement\" -Algeria coup OR junta author:Dion topic:\"Peace Processes\"");

        assertThat(q.all())
                .containsExactly(
                        List.of(new Term(Field.ANY, "Mali", false)),
                        List.of(new Term(Field.ANY, "peace agreement", true)),
                        List.of(new Term(Field.ANY, "coup", false), new Term(Field.ANY, "junta", false)),
                        List.of(new Term(Field.AUTHOR, "Dion", false)),
                        List.of(new Term(Field.TOPIC, "Peace Processes", true)));
        assertThat(q.none()).containsExactly(new Term(Field.ANY, "Algeria", false));
        assertThat(q.notices()).isEmpty();
    }

    @Test
    void readsAnUnbalancedQuoteToTheEndAndSaysSo() {
        ParsedQuery q = QueryParser.parse("\"root causes of");

        assertThat(q.all()).containsExactly(List.of(new Term(Field.ANY, "root causes of", true)));
        assertThat(q.notices())
                .containsExactly("A closing quote was missing; the phrase was read to the end of the search.");
    }

    @Test
    void leavesOutAFieldWithoutAValueAndSaysSo() {
        ParsedQuery q = QueryParser.parse("author: Sahel");

        assertThat(q.all()).containsExactly(List.of(new Term(Field.ANY, "Sahel", false)));
        assertThat(q.notices()).containsExactly("\"author:\" needs a value, as in author:Dion; it was left out.");
    }

    @Test
    void keepsAnUnknownPrefixAsText() {
        assertThat(QueryParser.parse("http://x.org").all())
                .containsExactly(List.of(new Term(Field.ANY, "http://x.org", false)));
    }

    @Test
    void copesWithVeryLongInputAndControlCharacters() {
        ParsedQuery q = QueryParser.parse("sahel\u0000\u0007 " + "x".repeat(10_000));

        assertThat(q.all().get(0)).containsExactly(new Term(Field.ANY, "sahel", false));
        assertThat(q.notices())
                .contains(
                        "The search was cut to its first 3000 characters.",
                        "Control characters were left out of the search.");
        assertThat(QueryParser.parse("sahel").notices()).isEmpty();
    }

    @Test
    void ignoresADanglingOrAndLonePunctuation() {
        assertThat(QueryParser.parse("OR mali OR - \" ").all())
                .containsExactly(List.of(new Term(Field.ANY, "mali", false)));
    }

    @Test
    void leavesOutWhatCannotBeSearchedAndCountsOnlyWhatCanTowardTheCap() {
        String passage = "the of " + String.join(" and the ", java.util.Collections.nCopies(40, "word"));
        ParsedQuery q = QueryParser.parse(passage + " OR the -the")
                .searchable(t -> !List.of("the", "of", "and").contains(t.text()));

        assertThat(q.all()).hasSize(ParsedQuery.MAX_SEARCHED);
        assertThat(q.none()).isEmpty();
        assertThat(q.notices()).containsExactly("Only the first 32 words and phrases were looked for.");
        assertThat(QueryParser.parse("the mali of the sahel")
                        .searchable(t -> !List.of("the", "of").contains(t.text()))
                        .all())
                .containsExactly(
                        List.of(new Term(Field.ANY, "mali", false)), List.of(new Term(Field.ANY, "sahel", false)));
    }
}
