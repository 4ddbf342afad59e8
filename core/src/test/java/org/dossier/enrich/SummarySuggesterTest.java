package org.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummarySuggesterTest {
    private static final String BRIEF = """
            Councils elected in the north have been without budgets since the rebellion began. Their members \
            travel to the capital to ask for funds that rarely come.

            Decentralisation was promised in the peace agreement, and the promise of elected councils with real \
            budgets is what most parties still agree on. The army, however, holds the roads.

            Donors pay for soldiers and for elections, but seldom for the councils that elections produce. A \
            council without a budget cannot keep a school open or a well working.

            If elected councils had budgets of their own, local disputes over water and grazing could be settled \
            before they turn violent. That would do more for security than another patrol.

            The next budget law is due in the spring. It is the moment to give councils a share of revenue.
            """;

    private final SummarySuggester suggester = new SummarySuggester();

    @Test
    void suggestsTwoToFourOfTheTextsOwnSentencesInTheirOrder() {
        List<String> points = suggester.suggest(BRIEF, "en");

        assertThat(points).hasSizeBetween(2, 4);
        assertThat(points).allSatisfy(p -> assertThat(BRIEF.replace("\n", " ")).contains(p));
        assertThat(points)
                .isSortedAccordingTo((a, b) -> Integer.compare(
                        BRIEF.replace("\n", " ").indexOf(a),
                        BRIEF.replace("\n", " ").indexOf(b)));
        assertThat(String.join(" ", points)).contains("councils").contains("budget");
    }

    @Test
    void aFrenchTextGetsFrenchSentencesAndAShortTextNone() {
        String french = """
                Les conseils élus du nord n'ont plus de budget depuis le début de la rébellion armée. \
                Leurs membres se rendent dans la capitale pour demander des fonds qui arrivent rarement.

                La décentralisation figurait dans l'accord de paix, et des conseils élus dotés de vrais budgets \
                restent le point d'accord de la plupart des partis. L'armée tient pourtant les routes du nord.
                """;

        assertThat(suggester.suggest(french, "fr"))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p).containsAnyOf("conseils", "budget", "budgets"));
        assertThat(suggester.suggest("One sentence only, and it is short enough to be left alone here.", "en"))
                .isEmpty();
    }
}
