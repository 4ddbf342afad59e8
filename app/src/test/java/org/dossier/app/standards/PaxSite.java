package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.dossier.SharedData;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.PublicationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running site with all of PA-X (../shared) and the founding example imported as the README shows, with
 * its title, date and address: the archive whose standard outputs third-party validators read.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dossier.site.name=Peace Archive", "dossier.site.publisher=Institute for Peace Studies"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
abstract class PaxSite {
    static final String BRIEF_PATH = "/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions";
    static final String PUBLISHER = "Institute for Peace Studies";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-pax-site").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importPaxAndTheFoundingExample(
            @Autowired Importer importer, @Autowired Gazetteer gazetteer, @Autowired OutboxIndexer indexer)
            throws IOException {
        if (catalog.count() == 0) {
            try (RecordReader pax = new PaxReader(SharedData.file("data/pax_public.csv"), gazetteer)) {
                importer.run(pax, false, ImportListener.SILENT);
            }
            PageFacts readme = new PageFacts(
                    "Crisis in Mali: Root Causes and Long-Term Solutions",
                    PublicationDate.parse("2013-05"),
                    "https://www.usip.org/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions",
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null);
            try (RecordReader page =
                    new PageTextReader(SharedData.seedPage(), readme, PageTextReader.defaultVocabulary())) {
                importer.run(page, true, ImportListener.SILENT);
            }
        }
        indexer.catchUp();
    }

    HttpResponse<String> response(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a 200 answer to a GET of this path. */
    String get(String path) throws Exception {
        HttpResponse<String> r = response(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
