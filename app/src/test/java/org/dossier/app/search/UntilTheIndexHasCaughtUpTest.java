package org.dossier.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node whose search index has not yet caught up with the store (its indexer is held back here) says so:
 * readiness is out of service, and pages and the API say the lists are incomplete instead of showing an empty
 * site as if it were complete. Once caught up, it is ready and says nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dossier.indexer.enabled=false")
@Tag("site")
class UntilTheIndexHasCaughtUpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-catch-up-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @Test
    void saysItIsStillLoadingAndIsNotReadyUntilItHasCaughtUp(
            @Autowired Catalog catalog, @Autowired OutboxIndexer indexer) throws Exception {
        catalog.write(IntStream.range(0, 30)
                .mapToObj(i -> List.of(Incoming.whole(Publication.builder()
                        .status(Status.PUBLISHED)
                        .title("Statement " + i)
                        .sourceId("test:" + i)
                        .build())))
                .toList());

        HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
        String home = get("/", "text/html").body();
        String api = get("/api/publications", "application/json").body();
        indexer.catchUp();

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
        assertThat(home)
                .contains("Dossier is still building its search index: 0 of 30 publications are searchable so far")
                .doesNotContain("Search 0 publications");
        assertThat(api).contains("Dossier is still building its search index");
        assertThat(get("/actuator/health/readiness", "application/json").statusCode())
                .isEqualTo(200);
        assertThat(get("/", "text/html").body())
                .contains("Search 30 publications")
                .doesNotContain("still building");
        assertThat(get("/publications", "text/html").body()).doesNotContain("still building");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
