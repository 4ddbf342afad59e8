package org.dossier.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void placesMaliInTheSahelInWestAfricaInAfrica() {
        assertThat(gazetteer.ancestors("MLI"))
                .extracting(Place::name)
                .containsExactly("Sahel", "West Africa", "Sub-Saharan Africa", "Africa");
    }

    @Test
    void letsAPlaceSitInSeveralRegions() {
        assertThat(gazetteer.ancestors("TCD"))
                .extracting(Place::code)
                .contains("central-africa", "sahel", "west-africa", "africa");
    }

    @Test
    void findsCountriesByTheNamesSourcesUse() {
        assertThat(gazetteer.findByName("Democratic Republic of Congo"))
                .get()
                .extracting(Place::code)
                .isEqualTo("COD");
        assertThat(gazetteer.findByName("(Palestine)"))
                .get()
                .extracting(Place::code)
                .isEqualTo("PSE");
        assertThat(gazetteer.findByName("Yugoslavia (former)"))
                .get()
                .extracting(Place::code)
                .isEqualTo("YUG");
        assertThat(gazetteer.findByName("Cote d'Ivoire"))
                .get()
                .extracting(Place::name)
                .isEqualTo("Côte d’Ivoire");
    }

    @Test
    void knowsEveryCountryAndEachRegionHasKnownParents() {
        assertThat(gazetteer.all())
                .filteredOn(p -> p.kind() == Place.Kind.COUNTRY)
                .hasSizeGreaterThan(250);
        assertThat(gazetteer.all())
                .allSatisfy(p -> assertThat(p.parents())
                        .allSatisfy(parent -> assertThat(gazetteer.find(parent)).isPresent()));
    }

    @Test
    void listsThePlacesWithinARegionAtAnyDepth() {
        assertThat(gazetteer.within("west-africa"))
                .extracting(Place::code)
                .contains("sahel", "MLI", "TCD", "CIV")
                .doesNotContain("west-africa", "KEN");
    }

    @Test
    void answersWithTheNewPlacesOnceReplacedAndSurvivesACycle() {
        Gazetteer changing = Gazetteer.of(List.of(new Place("a", "Alpha", Place.Kind.REGION, List.of(), List.of())));
        List<Place> before = changing.all();

        changing.replace(List.of(
                new Place("a", "Alpha", Place.Kind.REGION, List.of("b"), List.of("First")),
                new Place("b", "Beta", Place.Kind.REGION, List.of("a"), List.of())));

        assertThat(changing.all()).isNotSameAs(before).hasSize(2);
        assertThat(changing.findByName("first")).get().extracting(Place::code).isEqualTo("a");
        assertThat(changing.ancestors("a")).extracting(Place::code).containsExactly("b");
        assertThat(changing.within("a")).extracting(Place::code).containsExactly("b");
    }
}
