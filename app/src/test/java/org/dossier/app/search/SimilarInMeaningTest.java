package org.dossier.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.jsonl.JsonLinesReader;
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

/**
 * With meaning vectors on (the real all-MiniLM-L6-v2 model, in the process), a publication that says the same
 * thing in other words is related "Similar in meaning", and a search in other words finds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dossier.search.semantic=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("site")
class SimilarInMeaningTest {
    private static final String RECORDS = """
            {"id":"NORTH","title":"Giving the north a say: decentralisation after the Tuareg rebellion","type":"Brief",\
            "date":"2013-05","body":"Transferring budgets and decisions from Bamako to elected regional councils would\
             answer the grievances that fed the uprising in Kidal and Gao."}
            {"id":"DEVOLVE","title":"Devolving authority to local councils to end an insurgency","type":"Report",\
            "date":"2016","body":"When the central state shares money and decision-making with municipalities, armed\
             movements lose the reasons that recruited their fighters."}
            {"id":"BONDS","title":"Government bond yields and inflation in Japan","type":"Report","date":"2014",\
            "body":"The central bank kept its policy rate unchanged while long-term yields rose to their highest level."}
            {"id":"BREAD","title":"A recipe for sourdough bread","type":"Commentary","date":"2015",\
            "body":"Mix flour, water and starter, let the dough rise overnight and bake it in a hot oven."}
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-meaning-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importTheRecords(@Autowired Importer importer, @Autowired OutboxIndexer indexer) throws IOException {
        Path file = Files.createTempFile("meaning", ".jsonl");
        Files.writeString(file, RECORDS);
        try (JsonLinesReader reader = new JsonLinesReader(file)) {
            importer.run(reader, true, ImportListener.SILENT);
        }
        indexer.catchUp();
    }

    @Test
    void relatesAPublicationThatSaysTheSameInOtherWordsAndSaysWhy() throws Exception {
        JsonNode items = get("/api/publications/NORTH/related?limit=10").get("items");

        assertThat(items.get(0).get("id").asString()).isEqualTo("DEVOLVE");
        assertThat(items.get(0).get("reasons").toString()).contains("Similar in meaning");
        for (JsonNode item : items) {
            assertThat(item.get("id").asString()).isNotIn("BONDS", "BREAD");
        }
    }

    @Test
    void findsWhatSaysTheSameInOtherWords() throws Exception {
        JsonNode r = get("/api/publications?q="
                + URLEncoder.encode(
                        "sharing power with the regions to stop an armed uprising", StandardCharsets.UTF_8));

        List<String> ids = new ArrayList<>();
        r.get("items").forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).contains("DEVOLVE", "NORTH").doesNotContain("BONDS", "BREAD");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
