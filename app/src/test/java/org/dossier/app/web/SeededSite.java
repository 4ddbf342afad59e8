package org.dossier.app.web;

import java.io.IOException;
import java.nio.file.Files;
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
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running site with the founding example imported (as a migration would, without its facts) and one
 * publication whose imported title and text try to inject markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("site")
public abstract class SeededSite {
    static final String BRIEF_PATH =
            "/publications/undated/untitled-peace-brief-by-nadia-okafor-from-peace-brief-mali-decentralisation-txt";
    static final String HOSTILE_TITLE = "<script>alert('title')</script> Peace & \"Security\"";
    static final String HOSTILE_PATH = "/publications/2024/03/hostile";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Catalog catalog;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-site-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void seed(@Autowired Importer importer, @Autowired OutboxIndexer indexer) throws IOException {
        if (catalog.count() == 0) {
            try (RecordReader reader =
                    new PageTextReader(ReaderSupport.briefPage(), PageFacts.NONE, PageTextReader.defaultVocabulary())) {
                importer.run(reader, true, ImportListener.SILENT);
            }
            catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                    .status(Status.PUBLISHED)
                    .slug("hostile")
                    .title(HOSTILE_TITLE)
                    .date(PublicationDate.parse("2024-03-21"))
                    .type("Commentary <b>bold</b>")
                    .lede("<img src=x onerror=alert('lede')> Lede about Mali.")
                    .body("First <iframe src=javascript:alert('body')></iframe> paragraph.\n\nSecond paragraph.")
                    .topics(List.of("<svg onload=alert('topic')>"))
                    .sourceId("test:hostile")
                    .build()))));
        }
        indexer.catchUp();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
