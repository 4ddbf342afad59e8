package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.search.SearchResult.Fragment;
import org.junit.jupiter.api.Test;

class MarkedSnippetTest {

    @Test
    void marksTheMatchesJoinsPassagesWithAnEllipsisAndLinesWithSpaces() {
        String marked = "Talks in " + MarkedSnippet.START + "Bamako" + MarkedSnippet.END + " resumed.\nThe"
                + MarkedSnippet.GAP + "accord of " + MarkedSnippet.START + "Bamako" + MarkedSnippet.END;

        assertThat(MarkedSnippet.parse(marked))
                .containsExactly(
                        new Fragment("Talks in ", false),
                        new Fragment("Bamako", true),
                        new Fragment(" resumed. The … accord of ", false),
                        new Fragment("Bamako", true));
    }
}
