package org.dossier.app.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.app.testing.MovableClock;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drafts, publications in review, withdrawn ones and those under embargo are invisible on every path a
 * reader, a harvester or a search engine takes — pages, lists, search, suggestions, related cards, feeds,
 * citations, the API, OAI-PMH, the sitemap — and an embargoed one appears when its time comes, by itself.
 * All share the word "zanzibarian"; only "Visible" is published from the start, and it pins every other
 * one as related. The site's clock moves only when the test moves it, so the embargo ends when the test says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(MovableClock.Installed.class)
@Tag("site")
class ReadersSeeOnlyPublishedTest {
    private static final Duration EMBARGO = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Status, String> hiddenIds = new java.util.EnumMap<>(Status.class);
    private String visibleId;
    private String embargoedId;
    private Instant embargoEnds;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-visibility-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void writeOneOfEachState() throws Exception {
        for (Status status : List.of(Status.DRAFT, Status.IN_REVIEW, Status.WITHDRAWN)) {
            hiddenIds.put(status, write(publication("Hidden " + status.code(), status, null)));
        }
        embargoEnds =
                clock.instant().plus(EMBARGO).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        embargoedId = write(publication("Embargoed", Status.PUBLISHED, embargoEnds));
        List<String> pins = new java.util.ArrayList<>(hiddenIds.values());
        pins.add(embargoedId);
        visibleId = write(publication("Visible", Status.PUBLISHED, null).toBuilder()
                .related(pins)
                .build());
        waitFor(() -> get("/api/publications?q=zanzibarian").contains("\"total\":1"));
    }

    @Test
    void showsNoHiddenPublicationOnAnyPathAReaderTakes() throws Exception {
        List<String> hidden = List.of(
                "Hidden draft",
                "Hidden in-review",
                "Hidden withdrawn",
                "Embargoed",
                "hidden-draft",
                "hidden-in-review",
                "hidden-withdrawn",
                "embargoed-on");
        for (String path : List.of(
                "/",
                "/publications?q=zanzibarian",
                "/publications",
                "/topics/Zanzibar",
                "/api/publications?q=zanzibarian",
                "/api/suggest?q=zanzib",
                "/feeds/atom?q=zanzibarian",
                "/feeds/json",
                "/api/citations.bib?q=zanzibarian",
                "/api/publications/" + visibleId,
                "/api/publications/" + visibleId + "/related",
                catalog.find(visibleId).orElseThrow().path(),
                "/sitemap.xml",
                "/oai?verb=ListRecords&metadataPrefix=oai_dc")) {
            String body = get(path);
            assertThat(body).as(path).contains(path.startsWith("/sitemap") ? "visible-on-zanzibar" : "Visible");
            for (String title : hidden) {
                assertThat(body).as(path).doesNotContain(title);
            }
        }
    }

    @Test
    void answersNotFoundForAHiddenPublicationsOwnAddresses() throws Exception {
        for (String id : allHidden()) {
            Publication p = catalog.find(id).orElseThrow();
            for (String path : List.of(
                    p.path(),
                    "/api/publications/" + id,
                    "/api/publications/" + id + "/related",
                    "/api/publications/" + id + "/citation.bib",
                    "/api/publications/" + id + "/citations")) {
                assertThat(status(path)).as(p.title() + " at " + path).isEqualTo(404);
            }
        }
    }

    @Test
    void tellsHarvestersAHiddenPublicationIsDeletedAndDoesNotKnowAnEmbargoedOneYet() throws Exception {
        for (String id : hiddenIds.values()) {
            String record = get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id);
            assertThat(record).contains("<header status=\"deleted\">").doesNotContain("<metadata>");
        }
        assertThat(get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + embargoedId))
                .contains("code=\"idDoesNotExist\"");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the others look at the embargoed publication before its time
    void showsAnEmbargoedPublicationWhenItsTimeComesWithoutARestart() throws Exception {
        clock.advance(EMBARGO.plusSeconds(2));

        waitFor(() -> get("/api/publications?q=zanzibarian").contains("Embargoed on Zanzibar"));

        Publication p = catalog.find(embargoedId).orElseThrow();
        assertThat(status(p.path())).isEqualTo(200);
        assertThat(get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + embargoedId))
                .contains("<datestamp>" + embargoEnds + "</datestamp>")
                .contains("<dc:title>Embargoed on Zanzibar</dc:title>");
        assertThat(get("/sitemap.xml")).contains(p.path());
    }

    @Test
    void takesAWithdrawnPublicationOffEveryPath() throws Exception {
        String id = write(publication("Soon withdrawn", Status.PUBLISHED, null).toBuilder()
                .sourceId("test:soon")
                .build());
        waitFor(() -> get("/api/publications?q=withdrawn").contains("Soon withdrawn"));
        Publication p = catalog.find(id).orElseThrow();
        waitFor(() -> get("/api/suggest?q=soon").contains("Soon withdrawn"));

        write(p.toBuilder().status(Status.WITHDRAWN).build());

        waitFor(() -> !get("/api/publications?q=withdrawn").contains("Soon withdrawn"));
        assertThat(status(p.path())).isEqualTo(404);
        assertThat(get("/feeds/atom")).doesNotContain("Soon withdrawn");
        assertThat(get("/api/suggest?q=soon")).doesNotContain("Soon withdrawn");
        assertThat(get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id))
                .contains("status=\"deleted\"");
    }

    @Test
    void showsNoOneWhoseOnlyPublicationsReadersMayNotSee() throws Exception {
        String draft = write(publication("Draft by a newcomer", Status.DRAFT, null).toBuilder()
                .sourceId("test:newcomer")
                .authors(List.of(
                        org.dossier.publication.Authorship.of(org.dossier.publication.Person.named("Nadia Newcomer"))))
                .build());
        String newcomer =
                catalog.find(draft).orElseThrow().authors().get(0).person().id();

        assertThat(status("/api/people/" + newcomer)).isEqualTo(404);
        assertThat(status("/people/" + newcomer)).isEqualTo(404);
        assertThat(get("/api/suggest?q=nadia")).doesNotContain("Newcomer");
    }

    private List<String> allHidden() {
        List<String> ids = new java.util.ArrayList<>(hiddenIds.values());
        ids.add(embargoedId);
        return ids;
    }

    private static Publication publication(String title, Status status, Instant embargo) {
        return Publication.builder()
                .title(title + " on Zanzibar")
                .status(status)
                .embargoUntil(embargo)
                .type("Report")
                .date(PublicationDate.parse("2026-11-02"))
                .lede(title + ": a zanzibarian report.")
                .topics(List.of("Zanzibar"))
                .sourceId("test:" + title)
                .build();
    }

    private String write(Publication p) {
        WriteResult r = catalog.write(List.of(List.of(Incoming.whole(p)))).get(0);
        return ((WriteResult.Written) r).changes().get(0).publicationId();
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }

    private static void waitFor(Callable<Boolean> check) {
        await().atMost(Duration.ofSeconds(30)).until(check);
    }
}
