package org.dossier.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Person;
import org.dossier.publication.PublicationDate;
import org.junit.jupiter.api.Test;

class RelatedEngineTest {
    private static final Person DION = new Person("P-DION", "Ena Dion", null, null, null);
    private final RelatedEngine engine = new RelatedEngine(Gazetteer.standard(), RelatedSettings.DEFAULT);

    private static CandidateFacts facts(
            String type,
            String date,
            List<String> topics,
            List<String> places,
            List<Person> authors,
            String collection) {
        return new CandidateFacts(
                type, date == null ? null : PublicationDate.parse(date), topics, places, authors, collection);
    }

    private static final CandidateFacts SEED = facts(
            "Peace Brief", "2013-05", List.of("Democracy & Governance", "Gender"), List.of("MLI"), List.of(DION), null);

    @Test
    void saysWhyEachPublicationIsRelated() {
        List<RelatedItem> items = engine.rank(
                SEED,
                null,
                List.of(
                        new RelatedCandidate(
                                "SAME-COUNTRY",
                                0,
                                List.of(),
                                facts("Report", "2014", List.of(), List.of("MLI"), List.of(), null)),
                        new RelatedCandidate(
                                "SAME-REGION",
                                0,
                                List.of(),
                                facts("Report", "2014", List.of(), List.of("NER"), List.of(), null)),
                        new RelatedCandidate(
                                "SAME-AUTHOR",
                                0,
                                List.of(),
                                facts("Report", "2014", List.of(), List.of(), List.of(DION), null)),
                        new RelatedCandidate(
                                "SAME-TOPICS",
                                0,
                                List.of(),
                                facts(
                                        "Report",
                                        "2014",
                                        List.of("Gender", "Democracy & Governance"),
                                        List.of(),
                                        List.of(),
                                        null)),
                        new RelatedCandidate(
                                "SIMILAR-TEXT",
                                10,
                                List.of("decentralization", "Tuareg", "coup"),
                                facts("Report", "2014", List.of(), List.of(), List.of(), null))),
                Map.of(),
                Rarity.UNKNOWN,
                10);

        assertThat(items)
                .extracting(RelatedItem::id, RelatedItem::reasons)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("SAME-COUNTRY", List.of("Same country: Mali")),
                        org.assertj.core.groups.Tuple.tuple("SAME-REGION", List.of("Same region: Sahel")),
                        org.assertj.core.groups.Tuple.tuple("SAME-AUTHOR", List.of("Same author: Ena Dion")),
                        org.assertj.core.groups.Tuple.tuple(
                                "SAME-TOPICS", List.of("Shared issue areas: Gender, Democracy & Governance")),
                        org.assertj.core.groups.Tuple.tuple(
                                "SIMILAR-TEXT", List.of("Similar text: decentralization, Tuareg, coup")));
        assertThat(items).allSatisfy(i -> assertThat(i.reasons()).isNotEmpty());
    }

    @Test
    void ranksTheSameCountryAboveTheSameRegionAboveTheSameContinent() {
        List<RelatedItem> items = engine.rank(
                SEED,
                null,
                List.of(
                        new RelatedCandidate(
                                "CONTINENT",
                                0,
                                List.of(),
                                facts("Report", "2013", List.of("Gender"), List.of("KEN"), List.of(), null)),
                        new RelatedCandidate(
                                "COUNTRY",
                                0,
                                List.of(),
                                facts("Report", "2013", List.of("Gender"), List.of("MLI"), List.of(), null)),
                        new RelatedCandidate(
                                "REGION",
                                0,
                                List.of(),
                                facts("Report", "2013", List.of("Gender"), List.of("BFA"), List.of(), null))),
                Map.of(),
                Rarity.UNKNOWN,
                10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("COUNTRY", "REGION", "CONTINENT");
        assertThat(items.get(2).reasons()).contains("Same region: Sub-Saharan Africa");
    }

    @Test
    void namesTheCollectionByWhatItIsAndReferences() {
        CandidateFacts agreement =
                facts("Accord", "2015-06-20", List.of(), List.of("MLI"), List.of(), "Mali: Northern conflict");

        List<RelatedItem> items = engine.rank(
                agreement,
                "peace process",
                List.of(
                        new RelatedCandidate(
                                "SAME-PROCESS",
                                0,
                                List.of(),
                                facts("Accord", "2014", List.of(), List.of(), List.of(), "Mali: Northern conflict")),
                        new RelatedCandidate(
                                "CITES", 0, List.of(), facts("Report", "2016", List.of(), List.of(), List.of(), null))),
                Map.of("CITES", RelatedEngine.Reference.CITES_SEED),
                Rarity.UNKNOWN,
                10);

        assertThat(items.get(0).reasons()).containsExactly("Same peace process: Mali: Northern conflict");
        assertThat(items.get(1).reasons()).containsExactly("Cites this publication");
    }

    @Test
    void callsACollectionOfUnknownKindACollectionWhateverTheType() {
        CandidateFacts agreement = facts("Peace agreement", "2015", List.of(), List.of(), List.of(), "Sahel series");

        List<RelatedItem> items = engine.rank(
                agreement,
                null,
                List.of(new RelatedCandidate(
                        "SAME",
                        0,
                        List.of(),
                        facts("Peace agreement", "2014", List.of(), List.of(), List.of(), "Sahel series"))),
                Map.of(),
                Rarity.UNKNOWN,
                10);

        assertThat(items.get(0).reasons()).containsExactly("Same collection: Sahel series");
    }

    @Test
    void prefersPublicationsCloserInTime() {
        List<RelatedItem> items = engine.rank(
                SEED,
                null,
                List.of(
                        new RelatedCandidate(
                                "1992",
                                0,
                                List.of(),
                                facts("Report", "1992", List.of(), List.of("MLI"), List.of(), null)),
                        new RelatedCandidate(
                                "2014",
                                0,
                                List.of(),
                                facts("Report", "2014", List.of(), List.of("MLI"), List.of(), null))),
                Map.of(),
                Rarity.UNKNOWN,
                10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("2014", "1992");
    }

    @Test
    void leavesOutWhatHasNoReason() {
        List<RelatedItem> items = engine.rank(
                SEED,
                null,
                List.of(
                        new RelatedCandidate(
                                "NOTHING-SHARED",
                                0,
                                List.of(),
                                facts("Report", "2013", List.of("Youth"), List.of("BRA"), List.of(), null)),
                        new RelatedCandidate(
                                "FAINT-TEXT",
                                1,
                                List.of("the"),
                                facts("Report", "1950", List.of(), List.of(), List.of(), null)),
                        new RelatedCandidate(
                                "STRONG-TEXT",
                                10,
                                List.of("decentralization"),
                                facts("Report", "2013", List.of(), List.of(), List.of(), null))),
                Map.of(),
                Rarity.UNKNOWN,
                10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("STRONG-TEXT");
    }

    @Test
    void doesNotFillTheListWithOneCollection() {
        List<RelatedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add(new RelatedCandidate(
                    "SERIES-" + i,
                    10 - i,
                    List.of("coup"),
                    facts("Report", "2013", List.of(), List.of("MLI"), List.of(), "Sahel series")));
        }
        candidates.add(new RelatedCandidate(
                "OTHER", 4, List.of("coup"), facts("Commentary", "2013", List.of(), List.of("MLI"), List.of(), null)));
        CandidateFacts seed = facts("Report", "2013", List.of(), List.of("MLI"), List.of(), "Sahel series");

        List<RelatedItem> items = engine.rank(seed, null, candidates, Map.of(), Rarity.UNKNOWN, 10);

        assertThat(items).extracting(RelatedItem::id).contains("OTHER");
        assertThat(items.stream().filter(i -> i.id().startsWith("SERIES")).count())
                .isLessThan(10);
    }

    @Test
    void fillsTheListWhenEveryCandidateHasTheSameTypeAndCollection() {
        List<RelatedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidates.add(new RelatedCandidate(
                    "AGREEMENT-" + i,
                    30 - i,
                    List.of("ceasefire"),
                    facts("Agreement", "2013", List.of(), List.of("MLI"), List.of(), "Mali process")));
        }
        CandidateFacts seed = facts("Agreement", "2013", List.of(), List.of("MLI"), List.of(), "Mali process");

        List<RelatedItem> items = engine.rank(seed, "peace process", candidates, Map.of(), Rarity.UNKNOWN, 10);

        assertThat(items).hasSize(10);
        assertThat(items).extracting(RelatedItem::id).startsWith("AGREEMENT-0", "AGREEMENT-1", "AGREEMENT-2");
    }

    @Test
    void aCollectionThatHoldsTheWholeArchiveIsNoReason() {
        CandidateFacts seed = facts("Article", "2013", List.of(), List.of(), List.of(), "All articles");
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate(
                        "ONLY-THE-COLLECTION",
                        0,
                        List.of(),
                        facts("Article", "2013", List.of(), List.of(), List.of(), "All articles")),
                new RelatedCandidate(
                        "SIMILAR-TEXT",
                        5,
                        List.of("ceasefire"),
                        facts("Article", "2013", List.of(), List.of(), List.of(), "All articles")));
        Rarity wholeArchive = new Rarity(500, Map.of("All articles", 500L), Map.of());

        List<RelatedItem> items = engine.rank(seed, null, candidates, Map.of(), wholeArchive, 10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("SIMILAR-TEXT");
        assertThat(items.get(0).reasons()).containsExactly("Similar text: ceasefire");
    }

    @Test
    void aRareSharedTopicCountsMoreThanACommonOneAndIsNamedFirst() {
        CandidateFacts seed = facts("Report", "2013", List.of("Gender", "Mining"), List.of(), List.of(), null);
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate(
                        "COMMON-TOPIC",
                        0,
                        List.of(),
                        facts("Report", "2013", List.of("Gender"), List.of(), List.of(), null)),
                new RelatedCandidate(
                        "RARE-TOPIC",
                        0,
                        List.of(),
                        facts("Report", "2013", List.of("Mining"), List.of(), List.of(), null)),
                new RelatedCandidate(
                        "BOTH",
                        0,
                        List.of(),
                        facts("Report", "2013", List.of("Gender", "Mining"), List.of(), List.of(), null)));
        Rarity rarity = new Rarity(1000, Map.of(), Map.of("Gender", 300L, "Mining", 5L));

        List<RelatedItem> items = engine.rank(seed, null, candidates, Map.of(), rarity, 10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("BOTH", "RARE-TOPIC", "COMMON-TOPIC");
        assertThat(items.get(0).reasons()).containsExactly("Shared issue areas: Mining, Gender");
    }

    @Test
    void breaksTiesByTimeNotByTheOrderCandidatesCameIn() {
        RelatedEngine timeless = new RelatedEngine(Gazetteer.standard(), RelatedSettings.DEFAULT.without("recency"));
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate(
                        "A-1990", 0, List.of(), facts("Report", "1990", List.of(), List.of("MLI"), List.of(), null)),
                new RelatedCandidate(
                        "B-2014", 0, List.of(), facts("Report", "2014", List.of(), List.of("MLI"), List.of(), null)));

        List<RelatedItem> items = timeless.rank(SEED, null, candidates, Map.of(), Rarity.UNKNOWN, 10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("B-2014", "A-1990");
    }

    @Test
    void saysWhenAPublicationIsSimilarInMeaningAndLeavesOutOneThatIsNot() {
        CandidateFacts plain = facts("Report", "2013", List.of(), List.of(), List.of(), null);
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate("ALIKE", 0, List.of(), plain, 0.8),
                new RelatedCandidate("UNLIKE", 0, List.of(), plain, 0.2),
                new RelatedCandidate(
                        "SAME-COUNTRY",
                        0,
                        List.of(),
                        facts("Report", "2013", List.of(), List.of("MLI"), List.of(), null),
                        0.2));

        List<RelatedItem> items = engine.rank(SEED, null, candidates, Map.of(), Rarity.UNKNOWN, 10);

        assertThat(items).extracting(RelatedItem::id).containsExactly("SAME-COUNTRY", "ALIKE");
        assertThat(items.get(1).reasons()).containsExactly(RelatedEngine.SIMILAR_IN_MEANING);
    }
}
