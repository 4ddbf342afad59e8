package org.dossier.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.ReaderSupport;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("site")
class PublicationApiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    Importer importer;

    @Autowired
    OutboxIndexer indexer;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-api-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importTheSeed() throws IOException {
        if (catalog.count() == 0) {
            try (RecordReader reader =
                    new PageTextReader(ReaderSupport.briefPage(), PageFacts.NONE, PageTextReader.defaultVocabulary())) {
                importer.run(reader, true, ImportListener.SILENT);
            }
        }
        indexer.catchUp();
    }

    @Test
    void listsPublicationsNewestFirstWithTheirTotal() throws Exception {
        JsonNode page = get("/api/publications?page=1&size=2", 200);

        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("title").asString())
                .isEqualTo("Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule");
        assertThat(page.get("items").get(0).get("date").asString()).isEqualTo("2021-12-09");
        assertThat(page.get("next").asString()).isEqualTo("/api/publications?size=2&page=2");
        assertThat(page.get("prev").isNull()).isTrue();
        JsonNode second = get(page.get("next").asString(), 200);
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("prev").asString()).isEqualTo("/api/publications?size=2");
        assertThat(get("/api/publications?page=3&size=2", 200).get("items")).isEmpty();
    }

    @Test
    void searchesWithFacetsCountedForEachSelection() throws Exception {
        JsonNode r = get("/api/publications?q=mali&type=Analysis+and+Commentary&topic=Democracy+%26+Governance", 200);

        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("items").get(0).get("title").asString())
                .isEqualTo("Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule");
        assertThat(r.get("facets").get("type").toString())
                .isEqualTo(
                        "[{\"value\":\"Analysis and Commentary\",\"label\":\"Analysis and Commentary\",\"count\":1,\"selected\":true}]");
        assertThat(r.get("facets").get("topic").toString())
                .contains(
                        "{\"value\":\"Democracy & Governance\",\"label\":\"Democracy & Governance\",\"count\":1,\"selected\":true}",
                        "{\"value\":\"Civilian-Military Relations\",\"label\":\"Civilian-Military Relations\",\"count\":1,\"selected\":false}");
        assertThat(r.get("items").get(0).get("snippet").toString()).contains("{\"text\":\"Mali\",\"match\":true}");
    }

    @Test
    void givesTopicsPeopleAndSuggestions() throws Exception {
        assertThat(get("/api/topics", 200).toString()).contains("{\"name\":\"Gender\",\"count\":1}");
        JsonNode suggestions = get("/api/suggest?q=lena", 200);
        assertThat(suggestions.get(0).get("kind").asString()).isEqualTo("person");
        assertThat(suggestions.get(0).get("label").asString()).isEqualTo("Lena Achterberg");
        assertThat(suggestions.get(0).get("url").asString()).startsWith("/people/");
        assertThat(get("/api/suggest?q=coups", 200).findValuesAsString("url"))
                .contains("/publications/2021/12/two-coups-later-malis-neighbours-hold-the-key-to-civilian-rule");
        JsonNode person = get("/api/people/" + suggestions.get(0).get("key").asString(), 200);
        assertThat(person.get("name").asString()).isEqualTo("Lena Achterberg");
        assertThat(person.get("publications").get("total").asInt()).isEqualTo(2);
        assertThat(get("/api/people/NOBODY", 404).get("error").asString()).isEqualTo("no person has the id NOBODY");
    }

    @Test
    void showsTheWholeBriefWithItsCuratedRelatedCards() throws Exception {
        String id = brief().id();

        JsonNode p = get("/api/publications/" + id, 200);

        assertThat(p.get("type").asString()).isEqualTo("Peace Brief");
        assertThat(p.get("status").asString()).isEqualTo("needs-review");
        assertThat(p.get("lede").asString()).contains("writes Nadia Okafor in this Peace Brief");
        assertThat(p.get("summary")).hasSize(3);
        assertThat(p.get("authors").get(0).get("name").asString()).isEqualTo("Nadia Okafor");
        assertThat(p.get("authors").get(0).get("bio").asString()).startsWith("Nadia Okafor studies");
        assertThat(p.get("about").asString()).startsWith("Nadia Okafor studies");
        assertThat(p.get("disclaimer").asString()).startsWith("The views expressed in this brief");
        assertThat(p.get("related")).hasSize(3);
        JsonNode card = p.get("related").get(0);
        assertThat(card.get("date").asString()).isEqualTo("2021-12-09");
        assertThat(card.get("type").asString()).isEqualTo("Analysis and Commentary");
        assertThat(card.get("topics").toString())
                .isEqualTo("[\"Civilian-Military Relations\",\"Democracy & Governance\"]");
        assertThat(card.get("authors").get(1).get("name").asString()).isEqualTo("Samuel Oduya");
        assertThat(card.get("authors").get(1).get("credentials").asString()).isEqualTo("Ph.D.");
        assertThat(p.get("source_ids").get(0).asString()).isEqualTo("page-text:peace-brief-mali-decentralisation.txt");
    }

    @Test
    void findsAChangedPublicationWithinASecondOfItsImport() throws Exception {
        Publication card = catalog.list(0, 10).stream()
                .filter(p -> p.title().startsWith("Counting Women"))
                .findFirst()
                .orElseThrow();
        catalog.write(List.of(List.of(Incoming.whole(card.toBuilder()
                .title("Counting Women at the Table in Timbuktu")
                .build()))));

        JsonNode found = waitForTotal("/api/publications?q=timbuktu", 1);

        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(card.id());
        catalog.write(List.of(List.of(Incoming.whole(card))));
    }

    @Test
    void forgetsADeletedPublicationInSearch() throws Exception {
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .status(Status.PUBLISHED)
                .title("Ephemeral note on Zanzibar")
                .sourceId("test:ephemeral")
                .build()))));
        String id = waitForTotal("/api/publications?q=zanzibar", 1)
                .get("items")
                .get(0)
                .get("id")
                .asString();

        catalog.delete(id);

        assertThat(waitForTotal("/api/publications?q=zanzibar", 0).get("total").asInt())
                .isZero();
        get("/api/publications/" + id, 404);
    }

    private JsonNode waitForTotal(String path, int total) {
        return await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> get(path, 200), found -> found.get("total").asInt() == total);
    }

    @Test
    void answersAnUnknownIdWithAJson404() throws Exception {
        JsonNode error = get("/api/publications/NOPE", 404);

        assertThat(error.get("error").asString()).isEqualTo("no publication has the id NOPE");
    }

    @Test
    void namesTheParameterThatIsWrong() throws Exception {
        assertThat(get("/api/publications?size=1000", 400).toString())
                .isEqualTo("{\"error\":\"size must be between 1 and 100\",\"parameter\":\"size\"}");
        assertThat(get("/api/publications?page=0", 400).get("parameter").asString())
                .isEqualTo("page");
        assertThat(get("/api/publications?page=two", 400).toString())
                .isEqualTo("{\"error\":\"page must be a whole number, not 'two'\",\"parameter\":\"page\"}");
        assertThat(get("/api/publications?sort=popular", 400).get("parameter").asString())
                .isEqualTo("sort");
        assertThat(get("/api/publications?from=May+2013", 400).get("error").asString())
                .isEqualTo("from 'May 2013' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        assertThat(get("/api/publications?cursor=garbage", 400).get("parameter").asString())
                .isEqualTo("cursor");
        assertThat(get("/api/publications?page=1000&size=100", 400)
                        .get("parameter")
                        .asString())
                .isEqualTo("page");
    }

    @Test
    void reportsTheHealthOfTheStoreAndTheIndexButNoDetailsToReaders() throws Exception {
        JsonNode health = get("/actuator/health", 200);

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("search").get("status").asString())
                .isEqualTo("UP");
        assertThat(health.toString()).doesNotContain("details", "documents", "path", "free");
        assertThat(get("/actuator/health/readiness", 200).get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void describesItsPartsAtItsRoot() throws Exception {
        JsonNode index = get("/api", 200);

        assertThat(index.get("publications").asString()).isEqualTo("/api/publications?page=1&size=20");
        assertThat(index.get("suggest").asString()).isEqualTo("/api/suggest?q={prefix}");
    }

    @Test
    void givesTheRelatedPublicationsWithPinsFirstAndAReasonForEach() throws Exception {
        JsonNode related = get("/api/publications/" + brief().id() + "/related", 200);

        JsonNode items = related.get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        assertThat(List.of(items.get(0), items.get(1), items.get(2))).allSatisfy(i -> {
            assertThat(i.get("pinned").asBoolean()).isTrue();
            assertThat(i.get("reasons").toString()).isEqualTo("[\"Chosen by the editors\"]");
        });
        assertThat(items.get(0).get("title").asString())
                .isEqualTo("Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule");
        assertThat(items.get(2).get("title").asString())
                .isEqualTo("When Training Armies Backfires: Foreign Security Aid in Mali");
        for (JsonNode item : items) {
            assertThat(item.get("reasons").size())
                    .as(item.get("title").asString())
                    .isPositive();
            assertThat(item.get("score").asDouble()).isPositive();
        }
        assertThat(get("/api/publications/" + brief().id() + "/related?limit=0", 400)
                        .get("parameter")
                        .asString())
                .isEqualTo("limit");
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        JsonNode doc = get("/api/openapi", 200);

        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames())
                .contains(
                        "/api/publications",
                        "/api/publications/{id}",
                        "/api/people/{id}",
                        "/api/topics",
                        "/api/places",
                        "/api/suggest");
        assertThat(doc.get("paths")
                        .get("/api/publications")
                        .get("get")
                        .get("parameters")
                        .findValuesAsString("name"))
                .containsExactly(
                        "q",
                        "type",
                        "topic",
                        "country",
                        "region",
                        "author",
                        "year",
                        "language",
                        "collection",
                        "series",
                        "from",
                        "to",
                        "sort",
                        "page",
                        "size",
                        "cursor");
        assertThat(doc.get("components").get("schemas").propertyNames())
                .contains("SearchPage", "Publication", "FacetValue");
    }

    private Publication brief() {
        List<Publication> all = catalog.list(0, 10);
        return all.stream()
                .filter(p -> "Peace Brief".equals(p.type()))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("json");
        return json.readTree(response.body());
    }
}
