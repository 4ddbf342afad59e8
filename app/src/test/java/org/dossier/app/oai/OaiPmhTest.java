package org.dossier.app.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.app.store.schema.Tables.PUBLICATION_PLACE;
import static org.dossier.app.store.schema.Tables.PUBLICATION_TOPIC;
import static org.dossier.app.store.schema.Tables.TOPIC;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.dossier.Prerequisites;
import org.dossier.app.testing.MovableClock;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.ReaderSupport;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OAI-PMH provider over PA-X, the founding example and one deleted publication, with pages of 100
 * records: every response is validated against the official OAI-PMH schemas (and oai_dc, MODS 3.8).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dossier.oai.page-size=100", "dossier.site.url=https://peace.example.org"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
@Import(MovableClock.Installed.class)
class OaiPmhTest {
    private static final String GENDER = "Women, girls and gender";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    DSLContext db;

    String deletedId;
    String briefId;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-oai-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importAnArchiveTheBriefAndADeletion(@Autowired Importer importer, @Autowired MovableClock clock)
            throws IOException {
        OaiSchemas.get();
        catalog.write(archive());
        try (RecordReader reader =
                new PageTextReader(ReaderSupport.briefPage(), PageFacts.NONE, PageTextReader.defaultVocabulary())) {
            importer.run(reader, true, ImportListener.SILENT);
        }
        briefId = catalog.list(0, 10_000).stream()
                .filter(p -> p.type() != null && p.type().equals("Peace Brief"))
                .findFirst()
                .orElseThrow()
                .id();
        deletedId = write(Publication.builder()
                .slug("withdrawn")
                .title("A withdrawn commentary")
                .type("Commentary")
                .date(PublicationDate.parse("2024-05-02"))
                .topics(List.of(GENDER))
                .places(List.of("MLI"))
                .sourceId("test:withdrawn")
                .build());
        clock.advance(Duration.ofSeconds(2));
        assertThat(catalog.delete(deletedId)).isTrue();
    }

    @Test
    void identifiesTheRepositoryWithItsAddressAndPolicies() throws Exception {
        OaiResponse r = oai("verb=Identify");

        assertThat(r.one("//oai:request/@verb")).isEqualTo("Identify");
        assertThat(r.one("//oai:Identify/oai:repositoryName")).isEqualTo("Dossier");
        assertThat(r.one("//oai:Identify/oai:baseURL")).isEqualTo("https://peace.example.org/oai");
        assertThat(r.one("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(r.one("//oai:Identify/oai:adminEmail")).isEqualTo("webmaster@peace.example.org");
        assertThat(r.one("//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
        assertThat(r.one("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(Instant.parse(r.one("//oai:Identify/oai:earliestDatestamp"))).isBefore(Instant.now());
    }

    @Test
    void listsDublinCoreAndModsForTheRepositoryAndForOneRecord() throws Exception {
        for (String query :
                List.of("verb=ListMetadataFormats", "verb=ListMetadataFormats&identifier=" + identifier(briefId))) {
            OaiResponse r = oai(query);
            assertThat(r.all("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "mods");
            assertThat(r.all("//oai:metadataFormat/oai:metadataNamespace"))
                    .containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc/", "http://www.loc.gov/mods/v3");
        }
    }

    @Test
    void listsTheSetsOfTypesTopicsCollectionsAndPlacesWithRegions() throws Exception {
        OaiResponse r = oai("verb=ListSets");

        List<String> specs = r.all("//oai:set/oai:setSpec");
        assertThat(specs)
                .contains(
                        "type",
                        "topic",
                        "collection",
                        "place",
                        "type:peace-agreement",
                        "type:peace-brief",
                        "topic:women-girls-and-gender",
                        "place:MLI",
                        "place:sahel",
                        "place:africa")
                .doesNotHaveDuplicates();
        assertThat(r.one("//oai:set[oai:setSpec='topic:women-girls-and-gender']/oai:setName"))
                .isEqualTo("Topic: " + GENDER);
        assertThat(r.one("//oai:set[oai:setSpec='place:sahel']/oai:setName")).isEqualTo("Place: Sahel");
    }

    @Test
    void givesTheFoundingBriefInDublinCoreAndInMods() throws Exception {
        OaiResponse dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(briefId));

        assertThat(dc.one("//oai:header/oai:identifier")).isEqualTo("oai:peace.example.org:" + briefId);
        assertThat(dc.all("//oai:header/oai:setSpec")).containsExactly("type", "type:peace-brief");
        assertThat(dc.all("//dc:creator")).containsExactly("Nadia Okafor");
        assertThat(dc.all("//dc:type")).containsExactly("Text", "Peace Brief");
        assertThat(dc.one("//dc:description[starts-with(., 'Summary: ')]")).contains(" • ");
        assertThat(dc.one("//dc:identifier")).startsWith("https://peace.example.org/publications/");

        OaiResponse mods = oai("verb=GetRecord&metadataPrefix=mods&identifier=" + identifier(briefId));
        assertThat(mods.one("//mods:mods/mods:name/mods:namePart")).isEqualTo("Nadia Okafor");
        assertThat(mods.one("//mods:mods/mods:genre")).isEqualTo("Peace Brief");
        assertThat(mods.one("//mods:abstract[@displayLabel='Summary']")).isNotBlank();
        assertThat(mods.one("//mods:mods/mods:recordInfo/mods:recordIdentifier"))
                .isEqualTo(briefId);
    }

    @Test
    void harvestsEveryRecordOnceThroughResumptionTokens() throws Exception {
        List<OaiResponse> pages = harvest("ListRecords", "metadataPrefix=mods");
        long expected = catalog.count() + 1;

        List<String> identifiers = pages.stream()
                .flatMap(p -> p.all("//oai:record/oai:header/oai:identifier").stream())
                .toList();
        assertThat(identifiers).hasSize((int) expected).doesNotHaveDuplicates().contains(identifier(deletedId));
        assertThat(pages).hasSize((int) Math.ceil(expected / 100.0));
        for (int i = 0; i < pages.size(); i++) {
            OaiResponse page = pages.get(i);
            assertThat(page.one("//oai:resumptionToken/@cursor")).isEqualTo(String.valueOf(i * 100));
            assertThat(page.one("//oai:resumptionToken/@completeListSize")).isEqualTo(String.valueOf(expected));
        }
        assertThat(pages.get(pages.size() - 1).one("//oai:resumptionToken")).isEmpty();
        List<String> datestamps = pages.stream()
                .flatMap(p -> p.all("//oai:header/oai:datestamp").stream())
                .toList();
        assertThat(datestamps).isSorted();
    }

    @Test
    void harvestsATopicSetExactlyAsTheStoreHasIt() throws Exception {
        Set<String> harvested =
                identifiers(harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=topic:women-girls-and-gender"));

        Set<String> expected = new HashSet<>(db.select(PUBLICATION_TOPIC.PUBLICATION_ID)
                .from(PUBLICATION_TOPIC)
                .join(TOPIC)
                .on(TOPIC.ID.eq(PUBLICATION_TOPIC.TOPIC_ID))
                .where(TOPIC.NAME.eq(GENDER))
                .fetch(PUBLICATION_TOPIC.PUBLICATION_ID));
        expected.add(deletedId);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(harvested).isEqualTo(expected);
    }

    @Test
    void harvestsARegionWithThePlacesInIt(@Autowired Gazetteer gazetteer) throws Exception {
        Set<String> harvested = identifiers(harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=place:sahel"));

        List<String> inSahel = gazetteer.all().stream()
                .map(Place::code)
                .filter(code -> code.equals("sahel")
                        || gazetteer.ancestors(code).stream()
                                .anyMatch(a -> a.code().equals("sahel")))
                .toList();
        assertThat(inSahel).contains("MLI", "NER", "BFA");
        Set<String> expected = new HashSet<>(db.selectDistinct(PUBLICATION_PLACE.PUBLICATION_ID)
                .from(PUBLICATION_PLACE)
                .where(PUBLICATION_PLACE.PLACE_CODE.in(inSahel))
                .fetch(PUBLICATION_PLACE.PUBLICATION_ID));
        expected.add(deletedId);
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(harvested).isEqualTo(expected);
    }

    @Test
    void reportsADeletedPublicationAsADeletedHeaderInTheSetsItWasIn() throws Exception {
        OaiResponse r = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(deletedId));

        assertThat(r.one("//oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(r.all("//oai:record/oai:header/oai:setSpec"))
                .containsExactly(
                        "type",
                        "topic",
                        "place",
                        "type:commentary",
                        "topic:women-girls-and-gender",
                        "place:MLI",
                        "place:sahel",
                        "place:west-africa",
                        "place:sub-saharan-africa",
                        "place:africa");
        assertThat(r.all("//oai:record/oai:metadata")).isEmpty();
    }

    @Test
    void selectsRecordsByDatestampWithBothBoundsInclusive() throws Exception {
        String deletedAt = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(deletedId))
                .one("//oai:header/oai:datestamp");
        long total = catalog.count() + 1;

        List<OaiResponse> fromThen = harvest("ListIdentifiers", "metadataPrefix=oai_dc&from=" + deletedAt);
        assertThat(identifiers(fromThen)).contains(deletedId);
        assertThat(fromThen.stream().flatMap(p -> p.all("//oai:datestamp").stream()))
                .allMatch(d -> d.compareTo(deletedAt) >= 0);
        String before = Instant.parse(deletedAt).minusSeconds(1).toString();
        List<OaiResponse> untilBefore = harvest("ListIdentifiers", "metadataPrefix=oai_dc&until=" + before);
        assertThat(identifiers(untilBefore))
                .hasSize((int) (total - identifiers(fromThen).size()));
        String today = deletedAt.substring(0, 10);
        assertThat(identifiers(harvest("ListIdentifiers", "metadataPrefix=oai_dc&from=" + today + "&until=" + today)))
                .hasSize((int) total);
        String tomorrow =
                Instant.parse(deletedAt).plus(1, ChronoUnit.DAYS).toString().substring(0, 10);
        assertThat(oai("verb=ListRecords&metadataPrefix=oai_dc&from=" + tomorrow)
                        .error())
                .isEqualTo("noRecordsMatch");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                                           | badVerb",
                "verb=Harvest                                                 | badVerb",
                "verb=Identify&verb=ListSets                                  | badVerb",
                "verb=Identify&from=2020-01-01                                | badArgument",
                "verb=ListRecords                                             | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=mods   | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday        | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-01T00:00:00Z | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01 | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&set=no%20spaces       | badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc   | badArgument",
                "verb=GetRecord&metadataPrefix=oai_dc                         | badArgument",
                "verb=ListRecords&metadataPrefix=marc21                       | cannotDisseminateFormat",
                "verb=ListRecords&metadataPrefix=oai_dc&set=topic:no-such-topic | noRecordsMatch",
                "verb=ListRecords&metadataPrefix=oai_dc&set=colour            | noRecordsMatch",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01  | noRecordsMatch",
                "verb=ListRecords&resumptionToken=not-a-token                 | badResumptionToken",
                "verb=ListSets&resumptionToken=MXxvYWlfZGN8fHx8MXwyfDN8eA     | badResumptionToken",
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:1 | idDoesNotExist",
                "verb=ListMetadataFormats&identifier=oai:peace.example.org:nope | idDoesNotExist",
            })
    void answersABadRequestWithTheProtocolsErrorCode(String query, String code) throws Exception {
        OaiResponse r = oai(query);

        assertThat(r.error()).isEqualTo(code);
        assertThat(r.one("//oai:error")).isNotBlank();
        boolean unreadable = code.equals("badVerb") || code.equals("badArgument");
        assertThat(r.one("count(//oai:request/@*)"))
                .isEqualTo(unreadable ? "0" : String.valueOf(query.split("&").length));
    }

    @Test
    void theSchemaCheckRejectsARecordWithAnElementDublinCoreDoesNotHave() throws Exception {
        String valid = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(briefId))
                .xml();

        String invalid = valid.replace("<dc:title>", "<dc:heading>").replace("</dc:title>", "</dc:heading>");
        assertThatThrownBy(() -> OaiSchemas.validate(invalid))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dc:heading");
    }

    @Test
    void answersPostsAsItAnswersGets() throws Exception {
        String body = "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + URLEncoder.encode(identifier(briefId), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oai"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
        assertThat(OaiResponse.read(r.body()).one("//dc:title"))
                .isEqualTo(catalog.find(briefId).orElseThrow().title());
    }

    @Test
    void isHarvestedWholeByARealHarvester() throws Exception {
        Path harvester = Path.of("/usr/bin/oai_pmh");
        Prerequisites.require(
                Files.isExecutable(harvester), "the oai_pmh harvester (Debian: libhttp-oai-perl) is not installed");
        Path out = Files.createTempFile("oai-harvest", ".txt");
        Process p = new ProcessBuilder(
                        harvester.toString(),
                        "-X",
                        "ListRecords",
                        "--metadataPrefix",
                        "mods",
                        "http://localhost:" + port + "/oai")
                .redirectOutput(out.toFile())
                .redirectErrorStream(false)
                .start();
        String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(errors).isZero();
        String harvested = Files.readString(out, StandardCharsets.ISO_8859_1);
        List<String> identifiers = Pattern.compile("(?m)(^|\f)identifier: (oai:\\S+)")
                .matcher(harvested)
                .results()
                .map(m -> m.group(2))
                .toList();
        assertThat(identifiers).hasSize((int) catalog.count() + 1).doesNotHaveDuplicates();
        assertThat(harvested).contains("<namePart>Nadia Okafor</namePart>");
    }

    /**
     * Three hundred publications of three types, a third of them agreements, half on gender, half in the Sahel.
     */
    private static List<List<Incoming>> archive() {
        List<String> types = List.of("Peace agreement", "Report", "Commentary");
        List<String> places = List.of("MLI", "COL", "NER", "PHL", "BFA", "SDN");
        List<List<Incoming>> units = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            units.add(List.of(Incoming.whole(Publication.builder()
                    .status(Status.PUBLISHED)
                    .title("Archive item " + i)
                    .type(types.get(i % 3))
                    .topics(i % 2 == 0 ? List.of(GENDER, "Ceasefire") : List.of("Ceasefire"))
                    .places(List.of(places.get(i % places.size())))
                    .collection("Process " + i % 10)
                    .date(PublicationDate.parse((1990 + i % 35) + "-0" + (1 + i % 9) + "-1" + i % 10))
                    .sourceId("test:archive-" + i)
                    .build())));
        }
        return units;
    }

    private String write(Publication p) {
        WriteResult result = catalog.write(List.of(List.of(Incoming.whole(p)))).get(0);
        return ((WriteResult.Written) result).changes().get(0).publicationId();
    }

    private List<OaiResponse> harvest(String verb, String arguments) throws Exception {
        List<OaiResponse> pages = new ArrayList<>();
        OaiResponse page = oai("verb=" + verb + "&" + arguments);
        pages.add(page);
        while (!page.one("//oai:resumptionToken").isEmpty()) {
            page = oai("verb=" + verb + "&resumptionToken="
                    + URLEncoder.encode(page.one("//oai:resumptionToken"), StandardCharsets.UTF_8));
            pages.add(page);
        }
        assertThat(pages.get(0).error()).isEmpty();
        return pages;
    }

    private static Set<String> identifiers(List<OaiResponse> pages) {
        Set<String> ids = new HashSet<>();
        pages.forEach(p ->
                p.all("//oai:header/oai:identifier").forEach(id -> ids.add(id.substring(id.lastIndexOf(':') + 1))));
        return ids;
    }

    private OaiResponse oai(String query) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oai?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return OaiResponse.read(r.body());
    }

    private static String identifier(String id) {
        return "oai:peace.example.org:" + id;
    }
}
