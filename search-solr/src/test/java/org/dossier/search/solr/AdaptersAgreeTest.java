package org.dossier.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.SharedData;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.ingest.ungdc.UngdcReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PA-X and 600 UN General Debate statements, SolrCloud (2 shards × 2 replicas) and the embedded index
 * give the same answers: totals, facet counts, pages in every order, related candidates and suggestions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class AdaptersAgreeTest {
    private static final int STATEMENTS = 600;

    SearchIndex lucene;
    SearchIndex solr;
    List<Publication> publications;

    @BeforeAll
    void indexTheSameDataInBoth(@TempDir Path folder) throws IOException {
        Gazetteer gazetteer = Gazetteer.standard();
        publications = new ArrayList<>();
        read(new PaxReader(SharedData.file("data/pax_public.csv"), gazetteer), Integer.MAX_VALUE);
        read(new UngdcReader(SharedData.file("data/ungdc_1946_2024.jsonl.gz"), gazetteer), STATEMENTS);
        lucene = new LuceneSearchIndex(Files.createDirectories(folder.resolve("lucene")), gazetteer);
        solr = TestCluster.index("agree");
        for (SearchIndex index : List.of(lucene, solr)) {
            index.clear();
            for (int i = 0; i < publications.size(); i += 500) {
                index.index(publications.subList(i, Math.min(publications.size(), i + 500)));
            }
            index.refresh();
        }
    }

    private void read(RecordReader reader, int max) throws IOException {
        try (reader) {
            int n = 0;
            for (Parsed parsed = reader.next(); parsed != null && n < max; parsed = reader.next()) {
                if (parsed instanceof ImportUnit unit) {
                    Publication p = unit.publications().get(0).publication();
                    publications.add(p.toBuilder()
                            .id(p.sourceIds().get(0).replace(':', '-'))
                            .authors(p.authors().stream()
                                    .map(a -> new Authorship(
                                            new Person(
                                                    "P-" + a.person().name(),
                                                    a.person().name(),
                                                    null,
                                                    null,
                                                    null),
                                            a.role()))
                                    .toList())
                            .build());
                    n++;
                }
            }
        }
    }

    @AfterAll
    void close() {
        lucene.close();
        solr.close();
    }

    static Stream<Arguments> searches() {
        List<SearchQuery> queries = List.of(
                SearchQuery.of(""),
                SearchQuery.of("ceasefire"),
                SearchQuery.of("peace agreement"),
                SearchQuery.of("\"power sharing\""),
                SearchQuery.of("decentralisation OR federalism"),
                SearchQuery.of("nuclear -weapons"),
                SearchQuery.of("title:protocol"),
                SearchQuery.of("refugees women"),
                SearchQuery.of("Colombai"),
                SearchQuery.of("sécurité"),
                SearchQuery.of("why did the women of colombia sign a ceasefire with the paramilitaries in 1999"),
                SearchQuery.of("ceasefire monitoring mission disarmament referendum"),
                SearchQuery.of("The parties to this agreement commit to a permanent ceasefire, to the disarmament and"
                        + " demobilisation of combatants, to the return of refugees and displaced persons to their"
                        + " homes, to power sharing in a government of national unity, and to elections supervised"
                        + " by the United Nations within eighteen months of its signature, so that the people of the"
                        + " country may at last choose their own representatives in peace and in security."),
                SearchQuery.of("").withFilter(Facet.REGION, "africa"),
                SearchQuery.of("ceasefire")
                        .withFilter(Facet.TYPE, "Peace agreement")
                        .withFilter(Facet.YEAR, "1999", "2000"),
                SearchQuery.of("development").withDates(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 6, 30)));
        List<Arguments> out = new ArrayList<>();
        for (SearchQuery q : queries) {
            for (SortOrder order : SortOrder.values()) {
                out.add(Arguments.of(
                        q.text() + " " + q.filters() + " " + order.key(),
                        q.withSort(order).withPage(40, 25, null)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void searchesGiveTheSameTotalsCountsAndPages(String name, SearchQuery query) {
        SearchResult expected = lucene.search(query);
        SearchResult actual = solr.search(query);

        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(ids(actual)).isEqualTo(ids(expected));
        assertThat(actual.facets().keySet()).isEqualTo(expected.facets().keySet());
        expected.facets()
                .forEach((facet, counts) ->
                        assertThat(actual.facets().get(facet)).as(facet.key()).isEqualTo(counts));
        assertThat(actual.notices()).isEqualTo(expected.notices());
    }

    @Test
    void highlightTheSameWords() {
        SearchQuery q = SearchQuery.of("nuclear disarmament").withSort(SortOrder.NEWEST);

        List<List<String>> expected = matched(lucene.search(q));
        List<List<String>> actual = matched(solr.search(q));

        assertThat(actual).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void proposeTheSameRelatedCandidatesWithTheSameSignals() {
        for (Publication seed :
                List.of(publications.get(10), publications.get(700), publications.get(publications.size() - 5))) {
            Map<String, RelatedCandidate> expected = byId(lucene.relatedCandidates(seed, List.of(), 30));
            Map<String, RelatedCandidate> actual = byId(solr.relatedCandidates(seed, List.of(), 30));

            assertThat(actual.keySet()).as(seed.id()).isEqualTo(expected.keySet());
            expected.forEach((id, e) -> {
                RelatedCandidate a = actual.get(id);
                assertThat(a.textScore())
                        .as(id)
                        .isCloseTo(e.textScore(), org.assertj.core.data.Percentage.withPercentage(0.1));
                assertThat(a.sharedWords()).as(id).containsExactlyInAnyOrderElementsOf(e.sharedWords());
                assertThat(a.facts()).as(id).isEqualTo(e.facts());
            });
            assertThat(solr.similar(seed.id(), 10)).isEqualTo(lucene.similar(seed.id(), 10));
            List<String> topics = expected.values().stream()
                    .flatMap(c -> c.facts().topics().stream())
                    .distinct()
                    .toList();
            assertThat(solr.counts(Facet.TOPIC, topics)).isEqualTo(lucene.counts(Facet.TOPIC, topics));
        }
    }

    @Test
    void suggestTheSameEntries() {
        // every entry: entries of equal weight are not cut at the same place (insertion order against id)
        for (String prefix : List.of("mal", "colom", "peace ag", "sud")) {
            assertThat(solr.suggest(prefix, 1000))
                    .as(prefix)
                    .containsExactlyInAnyOrderElementsOf(lucene.suggest(prefix, 1000));
        }
        assertThat(solr.size()).isEqualTo(lucene.size()).isEqualTo(publications.size());
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<List<String>> matched(SearchResult r) {
        return r.hits().stream()
                .map(h -> h.snippet().stream()
                        .filter(SearchResult.Fragment::match)
                        .map(SearchResult.Fragment::text)
                        .toList())
                .toList();
    }

    private static Map<String, RelatedCandidate> byId(List<RelatedCandidate> candidates) {
        Map<String, RelatedCandidate> out = new java.util.TreeMap<>();
        candidates.forEach(c -> out.put(c.id(), c));
        return out;
    }
}
