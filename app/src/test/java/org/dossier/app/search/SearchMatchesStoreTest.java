package org.dossier.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.SharedData;
import org.dossier.app.demo.DemoData;
import org.dossier.app.related.RelatedPublications;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PA-X and the demo statements, the index agrees with the store, and a rebuild gives the same answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dossier.indexer.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class SearchMatchesStoreTest {
    private static final Set<Facet> COUNTED =
            EnumSet.of(Facet.TYPE, Facet.TOPIC, Facet.COUNTRY, Facet.REGION, Facet.YEAR, Facet.COLLECTION);

    @Autowired
    SearchIndex index;

    @Autowired
    OutboxIndexer indexer;

    @Autowired
    Reindexer reindexer;

    @Autowired
    DSLContext db;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-search-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importPaxAndTheDemo(
            @Autowired DemoData demo,
            @Autowired Importer importer,
            @Autowired Catalog catalog,
            @Autowired Gazetteer gazetteer)
            throws IOException {
        if (catalog.count() == 0) {
            demo.loadIntoEmptyStore();
            try (RecordReader pax = new PaxReader(SharedData.file("data/pax_public.csv"), gazetteer)) {
                importer.run(pax, false, ImportListener.SILENT);
            }
        }
        indexer.catchUp();
    }

    @Test
    void countsEveryFacetAsTheStoreDoesUnderTwoFilters() {
        Map<Facet, Set<String>> filters =
                Map.of(Facet.TYPE, Set.of("Peace agreement"), Facet.REGION, Set.of("sub-saharan-africa"));

        SearchResult r = index.search(query("", filters));

        assertThat(r.total()).isEqualTo(sqlIds(filters).size()).isGreaterThan(500);
        for (Facet facet : COUNTED) {
            Map<Facet, Set<String>> others = new HashMap<>(filters);
            others.remove(facet);
            assertThat(counts(r, facet)).as(facet.key()).isEqualTo(sqlCounts(facet, sqlIds(others)));
        }
    }

    @Test
    void countsEveryFacetOfATextSearchOverTheDocumentsItMatches() {
        Map<Facet, Set<String>> filters =
                Map.of(Facet.TYPE, Set.of("Peace agreement"), Facet.COUNTRY, Set.of("SDN", "SSD"));

        SearchResult r = index.search(query("ceasefire OR security", filters));

        assertThat(r.total()).isGreaterThan(10);
        for (Facet facet : COUNTED) {
            Map<Facet, Set<String>> others = new HashMap<>(filters);
            others.remove(facet);
            List<String> matching =
                    index.search(query("ceasefire OR security", others).withPage(0, 10_000, null)).hits().stream()
                            .map(SearchResult.Hit::id)
                            .toList();
            assertThat(counts(r, facet)).as(facet.key()).isEqualTo(sqlCounts(facet, matching));
        }
    }

    @Test
    void listsTheMaliAgreementsWhenMaliIsFilteredToPeaceAgreements() {
        SearchResult r = index.search(
                query("Mali", Map.of(Facet.TYPE, Set.of("Peace agreement"))).withPage(0, 100, null));

        Set<String> inMali = Set.copyOf(db.fetch(
                        "SELECT p.id FROM publication p JOIN publication_type t ON t.id = p.type_id "
                                + "JOIN publication_place pp ON pp.publication_id = p.id WHERE t.name = 'Peace agreement' AND pp.place_code = 'MLI'")
                .getValues(0, String.class));
        Set<String> namingMali = Set.copyOf(db
                .fetch("SELECT p.id, p.title FROM publication p JOIN publication_type t ON t.id = p.type_id "
                        + "WHERE t.name = 'Peace agreement'")
                .stream()
                .filter(rec -> rec.get(1, String.class).matches(".*\\bMali\\b.*"))
                .map(rec -> rec.get(0, String.class))
                .toList());
        Set<String> found = r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
        assertThat(inMali).hasSizeGreaterThan(40);
        assertThat(found).containsAll(inMali).containsAll(namingMali);
        Set<String> either = new java.util.HashSet<>(inMali);
        either.addAll(namingMali);
        assertThat(found).isEqualTo(either);
        assertThat(r.total()).isEqualTo(either.size());
    }

    @Test
    void relatesAPeaceAgreementToItsProcessAndCountryAndSaysWhy(
            @Autowired RelatedPublications related, @Autowired Catalog catalog) {
        String accordId = index.search(query(
                        "\"Accord pour la paix et la reconciliation au Mali\"",
                        Map.of(Facet.TYPE, Set.of("Peace agreement"))))
                .hits()
                .get(0)
                .id();
        Publication accord = catalog.find(accordId).orElseThrow();

        List<RelatedPublications.Related> items = related.of(accord, 10);

        assertThat(items)
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.item().reasons()).isNotEmpty());
        assertThat(items)
                .anySatisfy(r -> assertThat(r.item().reasons()).contains("Same peace process: " + accord.collection()));
        assertThat(items).anySatisfy(r -> assertThat(r.item().reasons()).contains("Same country: Mali"));
        assertThat(items.stream()
                        .filter(r -> accord.collection().equals(r.publication().collection()))
                        .count())
                .isBetween(3L, 9L);
    }

    @Test
    void givesTheSameAnswersAfterARebuildFromTheStore() {
        List<SearchQuery> queries = List.of(
                query("", Map.of()),
                query("Mali", Map.of(Facet.TYPE, Set.of("Peace agreement"))),
                query("\"peace agreement\" -Sudan", Map.of(Facet.REGION, Set.of("west-africa")))
                        .withSort(SortOrder.OLDEST),
                query("securite OR terrorism", Map.of()).withSort(SortOrder.TITLE),
                query("Sahell", Map.of()));
        List<String> before =
                queries.stream().map(q -> describe(index.search(q))).toList();

        long rebuilt = reindexer.rebuild();

        assertThat(rebuilt).isEqualTo(244 + 2257);
        assertThat(queries.stream().map(q -> describe(index.search(q))).toList())
                .isEqualTo(before);
    }

    private static SearchQuery query(String text, Map<Facet, Set<String>> filters) {
        return new SearchQuery(text, filters, null, null, null, 0, 20, null, COUNTED, 10_000);
    }

    private static String describe(SearchResult r) {
        return r.total() + " " + r.hits().stream().map(SearchResult.Hit::id).toList() + " " + r.facets();
    }

    private static Map<String, Long> counts(SearchResult r, Facet facet) {
        return r.facets().get(facet).stream()
                .filter(c -> c.count() > 0)
                .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    /** The ids of the publications that the store says have all these facet values (OR within a facet). */
    private List<String> sqlIds(Map<Facet, Set<String>> filters) {
        List<String> conditions = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        filters.forEach((facet, values) -> {
            String in = values.stream().map(v -> "?").collect(Collectors.joining(","));
            binds.addAll(values);
            conditions.add(
                    "p.id IN (SELECT g.publication_id FROM (" + grouping(facet) + ") g WHERE g.v IN (" + in + "))");
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return db.fetch("SELECT p.id FROM publication p" + where, binds.toArray())
                .getValues(0, String.class);
    }

    /** SELECT value, COUNT(*) … GROUP BY value over these publications. */
    private Map<String, Long> sqlCounts(Facet facet, List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String in = chunk.stream().map(v -> "?").collect(Collectors.joining(","));
            db.fetch(
                            "SELECT g.v, COUNT(DISTINCT g.publication_id) FROM (" + grouping(facet)
                                    + ") g WHERE g.publication_id IN (" + in + ") GROUP BY g.v",
                            chunk.toArray())
                    .forEach(rec -> out.merge(rec.get(0, String.class), rec.get(1, Long.class), Long::sum));
        }
        return out;
    }

    /** (publication_id, v) rows: each publication's values of a facet, as the store has them. */
    private static String grouping(Facet facet) {
        return switch (facet) {
            case TYPE ->
                "SELECT p.id AS publication_id, t.name AS v FROM publication p JOIN publication_type t ON t.id = p.type_id";
            case TOPIC ->
                "SELECT pt.publication_id, t.name AS v FROM publication_topic pt JOIN topic t ON t.id = pt.topic_id";
            case COLLECTION ->
                "SELECT p.id AS publication_id, c.name AS v FROM publication p JOIN collection c ON c.id = p.collection_id";
            case YEAR ->
                "SELECT p.id AS publication_id, SUBSTR(p.published, 1, 4) AS v FROM publication p WHERE p.published IS NOT NULL";
            case COUNTRY ->
                "SELECT pp.publication_id, pp.place_code AS v FROM publication_place pp "
                        + "JOIN place pl ON pl.code = pp.place_code WHERE pl.kind <> 'region'";
            case REGION ->
                "WITH RECURSIVE up(publication_id, code) AS (SELECT publication_id, place_code FROM publication_place "
                        + "UNION SELECT up.publication_id, pp.parent_code FROM up JOIN place_parent pp ON pp.place_code = up.code) "
                        + "SELECT up.publication_id, up.code AS v FROM up JOIN place pl ON pl.code = up.code WHERE pl.kind = 'region'";
            default -> throw new IllegalArgumentException(facet.key());
        };
    }
}
