package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.ReaderSupport;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.pagetext.PageFacts;
import org.dossier.ingest.pagetext.PageTextReader;
import org.dossier.publication.PublicationDate;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** References in CSL styles, and BibTeX, RIS and CSL-JSON read back by the parsers reference tools use. */
@TestPropertySource(
        properties = {"dossier.site.publisher=Institute for Sahel Studies", "dossier.site.name=Citation test"})
class CitationTest extends SeededSite {
    private static final String URL = "https://peace.example.org/publications/2013/05/malis-unfinished-bargain";
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String briefId;

    @BeforeAll
    void giveTheBriefItsFacts(@Autowired Importer importer, @Autowired OutboxIndexer indexer) throws Exception {
        PageFacts facts = new PageFacts(
                "Mali’s Unfinished Bargain: Decentralisation and the North",
                PublicationDate.parse("2013-05"),
                URL,
                null,
                List.of(),
                List.of("MLI"),
                null,
                null,
                "Peace Brief",
                "151");
        try (RecordReader reader =
                new PageTextReader(ReaderSupport.briefPage(), facts, PageTextReader.defaultVocabulary())) {
            importer.run(reader, true, ImportListener.SILENT);
        }
        indexer.catchUp();
        briefId = catalog.findByPath("/publications/2013/05/malis-unfinished-bargain")
                .orElseThrow()
                .id();
    }

    @Test
    void formatsTheSeedBriefAsNumber151OfItsSeriesInApaAndChicago() throws Exception {
        JsonNode refs = json.readTree(get("/api/publications/" + briefId + "/citations"));

        assertThat(refs.get(0).get("text").asString())
                .isEqualTo("Okafor, N. (2013). Mali’s Unfinished Bargain: Decentralisation and the"
                        + " North (Peace Brief No. 151). Institute for Sahel Studies. " + URL);
        assertThat(refs.get(1).get("text").asString())
                .isEqualTo("Okafor, Nadia. 2013. Mali’s Unfinished Bargain: Decentralisation and"
                        + " the North. Peace Brief No. 151. Institute for Sahel Studies. " + URL + ".");
    }

    @Test
    void showsTheCiteBoxOnThePublicationPage() throws Exception {
        String page = get("/publications/2013/05/malis-unfinished-bargain");

        assertThat(page)
                .contains(
                        "<summary>Cite this publication</summary>",
                        "<figcaption>APA (7th edition)</figcaption>",
                        "<blockquote>Okafor, N. (2013). Mali’s Unfinished Bargain",
                        "href=\"/api/publications/" + briefId + "/citation.bib\"");
    }

    @Test
    void writesBibtexThatJbibtexReads() throws Exception {
        BibTeXDatabase db =
                new BibTeXParser().parse(new StringReader(get("/api/publications/" + briefId + "/citation.bib")));

        BibTeXEntry entry = db.getEntries().values().iterator().next();
        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_TECHREPORT);
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .as("braced, so that styles keep its capitals")
                .isEqualTo("{Mali’s Unfinished Bargain: Decentralisation and the North}");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Okafor, Nadia");
        assertThat(entry.getField(BibTeXEntry.KEY_INSTITUTION).toUserString()).isEqualTo("Institute for Sahel Studies");
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("May");
        assertThat(entry.getField(BibTeXEntry.KEY_SERIES).toUserString()).isEqualTo("Peace Brief");
        assertThat(entry.getField(BibTeXEntry.KEY_NUMBER).toUserString()).isEqualTo("151");
        JsonNode read = org.dossier.app.standards.Validators.readBibtex(
                        get("/api/publications/" + briefId + "/citation.bib"))
                .get("entries")
                .get(0)
                .get("fields");
        assertThat(read.get("series").asString()).as("as pybtex reads it").isEqualTo("Peace Brief");
        assertThat(read.get("number").asString()).isEqualTo("151");
    }

    @Test
    void escapesWhatTexWouldReadInBibtex() throws Exception {
        String hostile = catalog.findByPath(HOSTILE_PATH).orElseThrow().id();
        String bib = get("/api/publications/" + hostile + "/citation.bib");

        assertThat(bib).contains("title = {{<script>alert('title')</script> Peace \\& \"Security\"}}");
        assertThat(new BibTeXParser().parse(new StringReader(bib)).getEntries()).hasSize(1);
    }

    @Test
    void writesRisThatCiteprocReads() throws Exception {
        RISLibrary library =
                new RISParser().parse(new StringReader(get("/api/publications/" + briefId + "/citation.ris")));

        RISReference ref = library.getReferences().get(0);
        assertThat(ref.getTitle()).isEqualTo("Mali’s Unfinished Bargain: Decentralisation and the North");
        assertThat(ref.getAuthors()).containsExactly("Okafor, Nadia");
        assertThat(ref.getYear()).isEqualTo("2013");
        assertThat(ref.getURL()).isEqualTo(URL);
        assertThat(ref.getTertiaryTitle()).isEqualTo("Peace Brief");
        assertThat(ref.getIssue()).isEqualTo("151");
    }

    @Test
    void writesCslJson() throws Exception {
        JsonNode items = json.readTree(get("/api/publications/" + briefId + "/citation.json"));

        assertThat(items.get(0).get("type").asString()).isEqualTo("report");
        assertThat(items.get(0).get("author").get(0).get("family").asString()).isEqualTo("Okafor");
        assertThat(items.get(0).get("issued").get("date-parts").toString()).isEqualTo("[[2013,5]]");
        assertThat(items.get(0).get("collection-title").asString()).isEqualTo("Peace Brief");
        assertThat(items.get(0).get("collection-number").asString()).isEqualTo("151");
    }

    @Test
    void exportsEveryResultOfASearch() throws Exception {
        int total = json.readTree(get("/api/publications?q=mali")).get("total").asInt();

        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(get("/api/citations.bib?q=mali")));
        RISLibrary ris = new RISParser().parse(new StringReader(get("/api/citations.ris?q=mali")));

        assertThat(total).isGreaterThan(1);
        assertThat(db.getEntries()).hasSize(total);
        assertThat(ris.getReferences()).hasSize(total);
        assertThat(json.readTree(get("/api/citations.json?q=mali"))).hasSize(total);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
