package org.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Test;

class PlaceSuggesterTest {
    private final PlaceSuggester suggester = new PlaceSuggester(Gazetteer.standard());

    @Test
    void aBriefOnMaliSuggestsMaliFirstWithItsEvidenceAndTheSahelThroughIt() {
        Publication brief = Publication.builder()
                .title("Councils Before Guns: Decentralisation After the Northern Rebellion")
                .lede(
                        "Malian officials in Bamako argue that power must move to the regions, writes Ada Lind in this brief.")
                .summary(List.of(
                        "Military operations in the north have crowded out the political questions.",
                        "Most parties in Bamako agree on decentralisation, but not on its pace."))
                .body("Since the rebellion of 2012, Mali has been governed from Bamako with little reach into Kidal "
                        + "or Gao. Neighbouring Algeria mediated the first talks. Malian mayors say the state "
                        + "comes only with soldiers. In Mali, the promise of regional assemblies dates from 1992.")
                .build();

        List<PlaceSuggestion> suggestions = suggester.suggest(brief);

        assertThat(suggestions.get(0).code()).isEqualTo("MLI");
        assertThat(suggestions.get(0).evidenceText()).isEqualTo("Malian ×2, Bamako ×3, Mali ×2, Kidal ×1, Gao ×1");
        assertThat(suggestions.get(0).firstField()).isEqualTo("lede");
        assertThat(suggestions.stream().map(PlaceSuggestion::code))
                .contains("sahel", "west-africa")
                .doesNotContain("DZA")
                .as("Algeria, named once in passing, is not suggested");
        PlaceSuggestion sahel = suggestions.stream()
                .filter(s -> s.code().equals("sahel"))
                .findFirst()
                .orElseThrow();
        assertThat(sahel.evidenceText()).isEqualTo("through Mali");
    }

    @Test
    void namesMustLookLikeNamesAndFrenchDemonymsAreFoundInLowerCase() {
        List<PlaceSuggestion> found = suggester.countries(Map.of(
                "title",
                "Les autorités maliennes et le dialogue au Niger",
                "body",
                "The UK and its Parliament. They chad the ballots; turkey for dinner; a uk of sorts; the UK again."));

        assertThat(found.stream().map(PlaceSuggestion::code)).containsExactly("NER", "MLI", "GBR");
        assertThat(found.get(2).evidenceText()).isEqualTo("UK ×2");
    }

    @Test
    void aNameTwoCountriesShareCountsOnlyForTheOneTheTextNamesOtherwise() {
        List<PlaceSuggestion> withKinshasa = suggester.countries(Map.of(
                "title", "Congolese Voters and the Kinshasa Talks",
                "body", "Congolese parties met in Kinshasa. Congolese observers were sent."));
        List<PlaceSuggestion> alone = suggester.countries(
                Map.of("title", "Congolese Voices", "body", "Congolese parties met. Congolese observers were sent."));

        assertThat(withKinshasa.get(0).code()).isEqualTo("COD");
        assertThat(withKinshasa.get(0).evidence()).containsEntry("Congolese", 3);
        assertThat(alone).isEmpty();
    }
}
