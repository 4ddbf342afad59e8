package org.dossier.app.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running site with a small regional archive of known shape: Mali Peace Briefs in 2013 (2) and 2015 (1), a Mali
 * report in 2015, Niger Peace Briefs in 2014 (2), a French-language Mali commentary in 2016, a Kenya report in
 * 2013 and a brief about no country in 2016.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GlanceSite {
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-glance-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void seed(@Autowired Catalog catalog, @Autowired OutboxIndexer indexer) {
        if (catalog.count() == 0) {
            List<List<Incoming>> batch = new ArrayList<>();
            add(batch, "mali-2013-a", "Peace Brief", "2013-02-04", "MLI", "en");
            add(batch, "mali-2013-b", "Peace Brief", "2013-09-30", "MLI", "en");
            add(batch, "mali-2015-a", "Peace Brief", "2015-05-15", "MLI", "en");
            add(batch, "mali-2015-b", "Special Report", "2015-11-02", "MLI", "en");
            add(batch, "niger-2014-a", "Peace Brief", "2014-03-10", "NER", "en");
            add(batch, "niger-2014-b", "Peace Brief", "2014-07-21", "NER", "en");
            add(batch, "mali-2016-fr", "Commentary", "2016-01-12", "MLI", "fr");
            add(batch, "kenya-2013", "Special Report", "2013-06-01", "KEN", "en");
            add(batch, "nowhere-2016", "Peace Brief", "2016-08-08", null, "en");
            catalog.write(batch);
        }
        indexer.catchUp();
    }

    private static void add(
            List<List<Incoming>> batch, String slug, String type, String date, String country, String language) {
        Publication.Builder p = Publication.builder()
                .status(Status.PUBLISHED)
                .slug(slug)
                .title("Glance fixture " + slug.replace('-', ' '))
                .type(type)
                .date(PublicationDate.parse(date))
                .language(language)
                .lede("A fixture of the map and timeline tests.")
                .sourceId("glance:" + slug);
        if (country != null) {
            p.place(country);
        }
        batch.add(List.of(Incoming.whole(p.build())));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
