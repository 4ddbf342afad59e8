package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every search adapter must do; each adapter's test extends this with its own index. */
public abstract class SearchIndexContract {
    protected SearchIndex index;

    @TempDir
    protected Path folder;

    protected abstract SearchIndex open(Path folder);

    @BeforeEach
    void indexTheFixtures() {
        index = open(folder);
        index.index(fixtures());
        index.refresh();
    }

    @AfterEach
    void closeTheIndex() {
        index.close();
    }

    static List<Publication> fixtures() {
        Person armstrong = new Person("P-ARMSTRONG", "Hannah Armstrong", null, null, null);
        Person dion = new Person("P-DION", "Ena Dion", null, null, null);
        return List.of(
                pub(
                        "MALI-BRIEF",
                        "Crisis in Mali: Root Causes and Long-Term Solutions",
                        "Peace Brief",
                        "2013-05",
                        "en",
                        "Power must move from the centralized state to outlying territories, writes Hannah Armstrong.",
                        "Decentralization is the key to stability in the Sahel.",
                        List.of("MLI"),
                        List.of("Democracy & Governance"),
                        null,
                        List.of(Authorship.of(armstrong))),
                pub(
                        "MALI-COUPS",
                        "After Two Coups, Mali Needs Regional Support",
                        "Analysis and Commentary",
                        "2021-12-09",
                        "en",
                        "Mali experienced two coups in a year.",
                        "Western security assistance focused on counterterrorism.",
                        List.of("MLI"),
                        List.of("Democracy & Governance", "Civilian-Military Relations"),
                        null,
                        List.of(Authorship.of(dion))),
                pub(
                        "MALI-ACCORD",
                        "Agreement for Peace and Reconciliation in Mali",
                        "Peace agreement",
                        "2015-06-20",
                        "en",
                        null,
                        "The parties agree to a ceasefire and to decentralization.",
                        List.of("MLI"),
                        List.of("Ceasefire"),
                        "Mali: Northern conflict",
                        List.of()),
                pub(
                        "NIGER-FR",
                        "Déclaration du Niger sur la sécurité",
                        "Statement",
                        "2012",
                        "fr",
                        null,
                        "La sécurité au Sahel exige la coopération régionale.",
                        List.of("NER"),
                        List.of(),
                        "UN General Debate",
                        List.of()),
                pub(
                        "COLOMBIA",
                        "Final Agreement to End the Armed Conflict",
                        "Peace agreement",
                        "2016-11-24",
                        "en",
                        null,
                        "A ceasefire and the inclusion of women in peacebuilding.",
                        List.of("COL"),
                        List.of("Ceasefire", "Women, girls and gender"),
                        "Colombia: FARC process",
                        List.of()),
                pub(
                        "UNDATED",
                        "Notes on Mediation",
                        "Analysis and Commentary",
                        null,
                        "en",
                        null,
                        "Mediators in Mali and elsewhere.",
                        List.of(),
                        List.of(),
                        null,
                        List.of(Authorship.of(dion))));
    }

    /** An English report of 1 January 2020 with only a title and a text. */
    private static Publication report(String id, String title, String body) {
        return pub(id, title, "Report", "2020-01-01", "en", null, body, List.of(), List.of(), null, List.of());
    }

    private static Publication pub(
            String id,
            String title,
            String type,
            String date,
            String language,
            String lede,
            String body,
            List<String> places,
            List<String> topics,
            String collection,
            List<Authorship> authors) {
        return Publication.builder()
                .id(id)
                .slug(id.toLowerCase())
                .title(title)
                .type(type)
                .date(date == null ? null : PublicationDate.parse(date))
                .language(language)
                .lede(lede)
                .body(body)
                .places(places)
                .topics(topics)
                .collection(collection)
                .authors(authors)
                .build();
    }

    private SearchResult search(String text) {
        return index.search(SearchQuery.of(text));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static String counts(SearchResult r, Facet facet) {
        return r.facets().get(facet).stream()
                .map(c -> c.value() + "=" + c.count() + (c.selected() ? "*" : ""))
                .collect(Collectors.joining(", "));
    }

    @Test
    void ranksTitleMatchesAboveTextMatches() {
        List<String> ids = ids(search("coups"));

        assertThat(ids).first().isEqualTo("MALI-COUPS");
    }

    @Test
    void understandsPhrasesExclusionsAlternativesAndFields() {
        assertThat(ids(search("\"two coups\""))).containsExactly("MALI-COUPS");
        assertThat(ids(search("Mali -ceasefire"))).containsExactlyInAnyOrder("MALI-BRIEF", "MALI-COUPS", "UNDATED");
        assertThat(ids(search("Colombia OR Niger"))).containsExactlyInAnyOrder("COLOMBIA", "NIGER-FR");
        assertThat(ids(search("author:Dion"))).containsExactlyInAnyOrder("MALI-COUPS", "UNDATED");
        assertThat(ids(search("topic:ceasefire"))).containsExactlyInAnyOrder("MALI-ACCORD", "COLOMBIA");
        assertThat(ids(search("country:Niger"))).containsExactly("NIGER-FR");
        assertThat(ids(search("country:Sahel")))
                .containsExactlyInAnyOrder("MALI-BRIEF", "MALI-COUPS", "MALI-ACCORD", "NIGER-FR");
    }

    @Test
    void answersWordsThatNoPublicationHasTogetherWithTheBestPartialMatchesAndSaysSo() {
        SearchResult r = search("Why did the coups in Mali follow the ceasefire in Colombia");

        assertThat(ids(r)).first().isEqualTo("MALI-COUPS");
        assertThat(ids(r)).contains("MALI-ACCORD", "COLOMBIA", "MALI-BRIEF");
        assertThat(r.notices()).contains(Relaxation.NOTICE);
        assertThat(search("Mali ceasefire").notices()).doesNotContain(Relaxation.NOTICE);
        assertThat(search("Timbuktu Zanzibar").total()).isZero();
    }

    @Test
    void putsTheFewPublicationsWithAllTheWordsFirstThenThoseWithMostOfThemAndSaysSo() {
        SearchResult r = search("Mali Sahel decentralization ceasefire");

        assertThat(ids(r)).containsExactly("MALI-ACCORD", "MALI-BRIEF", "MALI-COUPS");
        assertThat(r.notices())
                .containsExactly(
                        "Only 1 publication has all of these words; it comes first, then those with most of them.");
        SearchResult newest = index.search(
                SearchQuery.of("Mali Sahel decentralization ceasefire").withSort(SortOrder.NEWEST));
        assertThat(ids(newest)).containsExactly("MALI-ACCORD");
        assertThat(newest.notices()).isEmpty();
    }

    @Test
    void findsThePublicationAPastedPassageComesFromWhateverItsLength() {
        String passage = "As the report says, power must move from the centralized state in Bamako to the outlying"
                + " territories of the north, and decentralization is the key to stability in the Sahel; it is also"
                + " what the authors of this brief, writing in the spring of the year of the coup, thought the"
                + " international partners of the country should support with patience and with money.";

        SearchResult r = search(passage);

        assertThat(ids(r)).first().isEqualTo("MALI-BRIEF");
        assertThat(r.notices()).containsExactly(Relaxation.NOTICE);
    }

    @Test
    void showsEverythingNewestFirstForPunctuationAndSaysSo() {
        SearchResult r = search("*?~^[]{}");

        assertThat(r.total()).isEqualTo(6);
        assertThat(ids(r)).first().isEqualTo("MALI-COUPS");
        assertThat(r.notices())
                .containsExactly("Nothing in the search could be looked for: everything is shown, newest first.");
    }

    @Test
    void toleratesAMisspeltWord() {
        assertThat(ids(search("Sahell"))).containsExactlyInAnyOrder("MALI-BRIEF", "NIGER-FR");
        assertThat(ids(search("decentralizaton"))).containsExactlyInAnyOrder("MALI-BRIEF", "MALI-ACCORD");
        assertThat(ids(search("Colombai"))).containsExactly("COLOMBIA");
    }

    @Test
    void foldsAccentsAndStemsFrenchAndEnglish() {
        assertThat(ids(search("securite"))).containsExactly("NIGER-FR");
        assertThat(ids(search("régionale"))).containsExactly("NIGER-FR");
        assertThat(ids(search("agreements"))).containsExactlyInAnyOrder("MALI-ACCORD", "COLOMBIA");
    }

    @Test
    void countsEveryFacetInOnePass() {
        SearchResult all = search("");

        assertThat(all.total()).isEqualTo(6);
        assertThat(counts(all, Facet.TYPE))
                .isEqualTo("Analysis and Commentary=2, Peace agreement=2, Peace Brief=1, Statement=1");
        assertThat(counts(all, Facet.COUNTRY)).isEqualTo("MLI=3, COL=1, NER=1");
        assertThat(counts(all, Facet.REGION)).startsWith("africa=4, sahel=4, sub-saharan-africa=4, west-africa=4");
        assertThat(counts(all, Facet.AUTHOR)).isEqualTo("P-DION=2, P-ARMSTRONG=1");
        assertThat(counts(all, Facet.YEAR)).isEqualTo("2012=1, 2013=1, 2015=1, 2016=1, 2021=1");
        assertThat(counts(all, Facet.LANGUAGE)).isEqualTo("en=5, fr=1");
    }

    @Test
    void countsASelectedFacetAsIfItWereNotSelectedAndTheOthersWithIt() {
        SearchResult r = index.search(SearchQuery.of("").withFilter(Facet.TYPE, "Peace agreement"));

        assertThat(ids(r)).containsExactlyInAnyOrder("MALI-ACCORD", "COLOMBIA");
        assertThat(counts(r, Facet.TYPE))
                .isEqualTo("Analysis and Commentary=2, Peace agreement=2*, Peace Brief=1, Statement=1");
        assertThat(counts(r, Facet.COUNTRY)).isEqualTo("COL=1, MLI=1");
        assertThat(counts(r, Facet.TOPIC)).isEqualTo("Ceasefire=2, Women, girls and gender=1");
    }

    @Test
    void countsEverythingAndASelectedFacetAgainOnceThePublicationsChange() {
        search("");
        index.search(SearchQuery.of("").withFilter(Facet.TYPE, "Peace agreement"));

        index.index(List.of(Publication.builder()
                .id("GAO-BRIEF")
                .title("Gao after the floods")
                .type("Peace Brief")
                .build()));
        index.delete(List.of("COLOMBIA"));
        index.refresh();

        assertThat(counts(search(""), Facet.TYPE))
                .isEqualTo("Analysis and Commentary=2, Peace Brief=2, Peace agreement=1, Statement=1");
        assertThat(counts(index.search(SearchQuery.of("").withFilter(Facet.TYPE, "Peace agreement")), Facet.TYPE))
                .isEqualTo("Analysis and Commentary=2, Peace Brief=2, Peace agreement=1*, Statement=1");
    }

    @Test
    void joinsValuesOfOneFacetWithOrAndFacetsWithAnd() {
        SearchQuery q = SearchQuery.of("").withFilter(Facet.TYPE, "Peace agreement", "Statement");
        assertThat(ids(index.search(q))).containsExactlyInAnyOrder("MALI-ACCORD", "COLOMBIA", "NIGER-FR");
        assertThat(ids(index.search(q.withFilter(Facet.REGION, "sahel"))))
                .containsExactlyInAnyOrder("MALI-ACCORD", "NIGER-FR");
    }

    @Test
    void includesTheCountriesOfASelectedRegion() {
        SearchResult r = index.search(SearchQuery.of("").withFilter(Facet.REGION, "west-africa"));

        assertThat(ids(r)).containsExactlyInAnyOrder("MALI-BRIEF", "MALI-COUPS", "MALI-ACCORD", "NIGER-FR");
    }

    @Test
    void filtersByADateRangeThatOverlapsWhatADateKnows() {
        SearchQuery q = SearchQuery.of("").withDates(LocalDate.of(2012, 6, 1), LocalDate.of(2013, 5, 31));

        assertThat(ids(index.search(q))).containsExactlyInAnyOrder("NIGER-FR", "MALI-BRIEF");
    }

    @Test
    void sortsNewestOldestAndByTitleWithUndatedLast() {
        assertThat(ids(index.search(SearchQuery.of("").withSort(SortOrder.NEWEST))))
                .containsExactly("MALI-COUPS", "COLOMBIA", "MALI-ACCORD", "MALI-BRIEF", "NIGER-FR", "UNDATED");
        assertThat(ids(index.search(SearchQuery.of("").withSort(SortOrder.OLDEST))))
                .containsExactly("NIGER-FR", "MALI-BRIEF", "MALI-ACCORD", "COLOMBIA", "MALI-COUPS", "UNDATED");
        assertThat(ids(index.search(SearchQuery.of("").withSort(SortOrder.TITLE))))
                .containsExactly("MALI-COUPS", "MALI-ACCORD", "MALI-BRIEF", "NIGER-FR", "COLOMBIA", "UNDATED");
    }

    @Test
    void pagesDeepWithCursorsInTheSameOrderAsOnePage() {
        for (SortOrder order : SortOrder.values()) {
            SearchQuery q = SearchQuery.of("mali OR agreement OR notes").withSort(order);
            List<String> onePage = ids(index.search(q.withPage(0, 10, null)));
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                SearchResult page = index.search(q.withPage(0, 2, cursor));
                paged.addAll(ids(page));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(paged).as(order.key()).isEqualTo(onePage);
        }
    }

    @Test
    void highlightsWhatTheQueryFoundInTheText() {
        SearchResult r = search("counterterrorism");

        assertThat(r.hits().get(0).snippet()).contains(new SearchResult.Fragment("counterterrorism", true));
        assertThat(r.hits().get(0).snippet().stream()
                        .map(SearchResult.Fragment::text)
                        .collect(Collectors.joining()))
                .contains("Western security assistance focused on counterterrorism");
    }

    @Test
    void keepsCharactersThatLookLikeHighlightMarksOutOfSnippets() {
        index.index(List.of(pub(
                "MARKS",
                "Marks",
                "Statement",
                null,
                "en",
                null,
                "Border \uE000patrols\uE001 and \uE002herders.",
                List.of(),
                List.of(),
                null,
                List.of())));
        index.refresh();

        List<SearchResult.Fragment> snippet = search("herders").hits().get(0).snippet();

        assertThat(snippet.stream().map(SearchResult.Fragment::text).collect(Collectors.joining()))
                .isEqualTo("Border patrols and herders.");
        assertThat(snippet).contains(new SearchResult.Fragment("herders", true));
    }

    @Test
    void answersMalformedQueriesWithANotice() {
        assertThat(search("\"unbalanced Mali").notices()).isNotEmpty();
        assertThat(search("author:").total()).isEqualTo(6);
        assertThat(search("x".repeat(10_000)).notices()).contains("The search was cut to its first 3000 characters.");
        assertThat(search("Mali\u0000\u0001 (( ]] ~ * ? \\").total()).isGreaterThan(0);
        assertThat(search("the of and").total()).isEqualTo(6);
    }

    @Test
    void replacesAChangedPublicationAndForgetsADeletedOne() {
        Publication changed =
                fixtures().get(0).toBuilder().title("Timbuktu Renewed").build();
        index.index(List.of(changed));
        index.delete(List.of("COLOMBIA"));
        index.refresh();

        assertThat(ids(search("Timbuktu"))).containsExactly("MALI-BRIEF");
        assertThat(ids(search("Colombia"))).isEmpty();
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void givesANewVersionWhenWhatSearchesSeeChangesAndKeepsItOtherwise() {
        String before = index.version();
        index.refresh();
        assertThat(index.version()).isEqualTo(before);

        index.index(
                List.of(fixtures().get(0).toBuilder().title("Timbuktu Renewed").build()));
        assertThat(index.version()).as("before the refresh").isEqualTo(before);
        index.refresh();
        String renamed = index.version();
        index.delete(List.of("COLOMBIA"));
        index.refresh();

        assertThat(renamed).isNotEqualTo(before);
        assertThat(index.version()).isNotIn(before, renamed);
    }

    @Test
    void startsOverWhenCleared() {
        index.clear();
        index.refresh();

        assertThat(index.size()).isZero();
        assertThat(search("").total()).isZero();
        assertThat(index.suggest("mal", 5)).isEmpty();
    }

    @Test
    void rebuildsWhileSearchesStillAnswerFromTheOldIndex() {
        Publication renamed =
                fixtures().get(0).toBuilder().title("Timbuktu Renewed").build();
        SearchIndex.Bulk rebuild = index.rebuild();
        rebuild.index(List.of(renamed, fixtures().get(1)));

        assertThat(search("").total()).isEqualTo(6);
        assertThat(ids(search("Colombia"))).containsExactly("COLOMBIA");

        rebuild.finish();

        assertThat(search("").total()).isEqualTo(2);
        assertThat(ids(search("Timbuktu"))).containsExactly("MALI-BRIEF");
        assertThat(ids(search("Colombia"))).isEmpty();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.suggest("timb", 5)).isNotEmpty();
    }

    @Test
    void rebuildsFromManyBatchesOfAListTheCallerReusesAndKeepsEveryPublication() {
        Person reporter = new Person("P-ODHIAMBO", "Grace Odhiambo", null, null, null);
        inBatchesOf40(
                index.rebuild(),
                i -> Publication.builder()
                        .id("FIELD-NOTE-" + i)
                        .title("Field note " + i + " from Gao")
                        .authors(List.of(Authorship.of(reporter)))
                        .build());

        assertThat(index.size()).isEqualTo(600);
        assertThat(search("gao").total()).isEqualTo(600);
        assertThat(ids(search("\"field note 599\""))).containsExactly("FIELD-NOTE-599");
        assertThat(index.suggest("odhi", 5))
                .containsExactly(new Suggestion(Suggestion.Kind.PERSON, "P-ODHIAMBO", "Grace Odhiambo"));
    }

    @Test
    void indexesABacklogGivenInManyBatchesBesideWhatItHeld() {
        inBatchesOf40(
                index.bulk(),
                i -> Publication.builder()
                        .id("MARKET-REPORT-" + i)
                        .title("Market report " + i + " from Mopti")
                        .build());

        assertThat(index.size()).isEqualTo(606);
        assertThat(search("mopti").total()).isEqualTo(600);
        assertThat(ids(search("\"market report 599\""))).containsExactly("MARKET-REPORT-599");
        assertThat(ids(search("Colombia"))).containsExactly("COLOMBIA");
    }

    /** Gives the bulk publications 1 to 600 in batches of 40 from one list it reuses, then finishes it. */
    private static void inBatchesOf40(SearchIndex.Bulk bulk, java.util.function.IntFunction<Publication> publication) {
        List<Publication> batch = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            batch.add(publication.apply(i));
            if (batch.size() == 40) {
                bulk.index(batch);
                batch.clear();
            }
        }
        bulk.finish();
    }

    @Test
    void suggestsPlacesPeopleTopicsAndTitlesAsTheyAreTyped() {
        List<Suggestion> s = index.suggest("mal", 5);

        assertThat(s)
                .contains(
                        new Suggestion(Suggestion.Kind.PLACE, "MLI", "Mali"),
                        new Suggestion(
                                Suggestion.Kind.TITLE, "MALI-COUPS", "After Two Coups, Mali Needs Regional Support"));
        assertThat(index.suggest("dio", 5)).contains(new Suggestion(Suggestion.Kind.PERSON, "P-DION", "Ena Dion"));
        assertThat(index.suggest("ceasef", 5))
                .contains(new Suggestion(Suggestion.Kind.TOPIC, "Ceasefire", "Ceasefire"));
    }

    @Test
    void findsPublicationsLikeAGivenOne() {
        assertThat(index.similar("MALI-ACCORD", 3)).isNotEmpty().doesNotContain("MALI-ACCORD");
        assertThat(index.similar("NO-SUCH-ID", 3)).isEmpty();
    }

    @Test
    void findsPublicationsLikeAGivenOneAmongThoseWithAValueOfAFacet() {
        String text = "The parties agree to a ceasefire, to reconciliation and to decentralization in Mali.";
        index.index(List.of(
                report("ACCORD-NOTES", "Notes on the Reconciliation Agreement", text),
                pub(
                        "ACCORD-TAGGED",
                        "The Reconciliation Agreement",
                        "Report",
                        "2020-01-01",
                        "en",
                        null,
                        text,
                        List.of(),
                        List.of("Ceasefire"),
                        null,
                        List.of())));
        index.refresh();

        assertThat(index.similar("MALI-ACCORD", 10)).as("all publications").contains("ACCORD-NOTES", "ACCORD-TAGGED");
        assertThat(index.similar("MALI-ACCORD", 10, Facet.TOPIC))
                .contains("ACCORD-TAGGED")
                .doesNotContain("MALI-ACCORD", "ACCORD-NOTES", "UNDATED", "NIGER-FR");
    }

    @Test
    void proposesRelatedCandidatesByWordsAndByFactsWithTheirFacts() {
        Publication seed = fixtures().get(2);

        List<org.dossier.related.RelatedCandidate> candidates = index.relatedCandidates(seed, List.of("COLOMBIA"), 10);

        assertThat(candidates)
                .extracting(org.dossier.related.RelatedCandidate::id)
                .contains("MALI-BRIEF", "MALI-COUPS", "COLOMBIA")
                .doesNotContain("MALI-ACCORD");
        org.dossier.related.RelatedCandidate brief = candidates.stream()
                .filter(c -> c.id().equals("MALI-BRIEF"))
                .findFirst()
                .orElseThrow();
        assertThat(brief.textScore()).isPositive();
        assertThat(brief.sharedWords()).contains("decentralization");
        assertThat(brief.facts())
                .isEqualTo(org.dossier.related.CandidateFacts.of(fixtures().get(0)));
    }

    @Test
    void saysACandidateSharesAWordOnlyWhenItHasThatWordNotJustItsStem() {
        // "representational" stems to "represent", which itself stems to "repres" ("representatives")
        Publication seed = report(
                "REPR-SEED",
                "Representational councils",
                "Representational councils. Representational quotas. Representational politics in the north.");
        index.index(List.of(
                seed,
                report("REPR-SAME", "Councils", "Representational councils in the north."),
                report("REPR-OTHER", "Envoys", "Representatives of the councils met in the north.")));
        index.refresh();

        Map<String, List<String>> shared = new java.util.HashMap<>();
        index.relatedCandidates(seed, List.of("REPR-OTHER"), 10).forEach(c -> shared.put(c.id(), c.sharedWords()));

        assertThat(shared.get("REPR-SAME")).contains("Representational");
        assertThat(shared.get("REPR-OTHER")).isNotNull().doesNotContain("Representational");
    }

    @Test
    void findsAShortTextOnTheSeedsSubjectMoreAlikeThanALongOneThatMentionsItInPassing() {
        String subject = "Drought drives pastoralists and their herds south across the Sahel in search of water.";
        StringBuilder passing = new StringBuilder(subject);
        for (int i = 0; i < 400; i++) {
            passing.append(" Annex ")
                    .append(i)
                    .append(" lists budget line ")
                    .append(i * 7)
                    .append('.');
        }
        Publication seed = report("SEED", "Herders", subject + " " + subject);
        index.index(List.of(
                seed, report("SHORT", "Pastoralists", subject), report("LONG", "Annual budget", passing.toString())));
        index.refresh();

        Map<String, Double> scores = new java.util.HashMap<>();
        index.relatedCandidates(seed, List.of(), 10).forEach(c -> scores.put(c.id(), c.textScore()));

        assertThat(scores.get("SHORT")).isGreaterThan(2 * scores.get("LONG"));
    }

    @Test
    void countsThePublicationsThatHoldEachValueOfAFacet() {
        assertThat(index.counts(Facet.TOPIC, List.of("Democracy & Governance", "Ceasefire", "Nothing like it")))
                .isEqualTo(Map.of("Democracy & Governance", 2L, "Ceasefire", 2L, "Nothing like it", 0L));
        assertThat(index.counts(Facet.COLLECTION, List.of("Mali: Northern conflict")))
                .isEqualTo(Map.of("Mali: Northern conflict", 1L));
        assertThat(index.counts(Facet.COLLECTION, List.of())).isEmpty();
    }

    @Test
    void fingerprintsEveryIndexedPublicationWithTheHashOfWhatWasIndexed() {
        Publication changed =
                fixtures().get(0).toBuilder().title("Timbuktu Renewed").build();
        index.index(List.of(changed));
        index.delete(List.of("COLOMBIA"));
        index.refresh();

        Map<String, String> expected = new java.util.HashMap<>();
        fixtures().stream()
                .filter(p -> !p.id().equals("COLOMBIA"))
                .forEach(p -> expected.put(p.id(), org.dossier.publication.ContentHash.of(p)));
        expected.put(changed.id(), org.dossier.publication.ContentHash.of(changed));
        assertThat(index.fingerprints()).isEqualTo(expected);
    }

    @Test
    void countsOnlyTheFacetsAskedFor() {
        SearchQuery q = new SearchQuery("", Map.of(), null, null, null, 0, 5, null, EnumSet.of(Facet.YEAR), 3);

        SearchResult r = index.search(q);

        assertThat(r.facets().keySet()).containsExactly(Facet.YEAR);
        assertThat(counts(r, Facet.YEAR)).hasToString("2012=1, 2013=1, 2015=1");
        assertThat(r.hits()).hasSize(5);
        assertThat(Set.copyOf(ids(r))).hasSize(5);
    }
}
