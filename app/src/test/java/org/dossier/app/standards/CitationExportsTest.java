package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The references of the whole PA-X and founding-example site as reference tools read them: BibTeX by pybtex,
 * RIS by citeproc-java's RIS parser, CSL-JSON formatted by citeproc-js. Every publication keeps its type, its
 * topics whole (commas and all) and its title on one line.
 */
class CitationExportsTest extends PaxSite {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private final JsonMapper json = JsonMapper.builder().build();
    private Map<String, Publication> byUrl;
    private Map<String, Publication> byId;

    @BeforeAll
    void knowEveryPublication() {
        List<Publication> all = catalog.list(0, 100_000);
        byId = all.stream().collect(Collectors.toMap(Publication::id, Function.identity()));
        byUrl = all.stream()
                .collect(Collectors.toMap(
                        p -> p.sourceUrl() != null ? p.sourceUrl() : "http://localhost:" + port + p.path(),
                        Function.identity()));
    }

    @Test
    void bibtexOfTheWholeSiteKeepsTypesTopicsAndTitles() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        for (String file : wholeExport("bib")) {
            Validators.readBibtex(file).get("entries").forEach(entries::add);
        }

        assertThat(entries).hasSize(byId.size());
        for (JsonNode e : entries) {
            Publication p = byUrl.get(e.get("fields").get("url").asString());
            assertThat(e.get("fields").get("type").asString())
                    .as("type of " + p.id())
                    .isEqualTo(p.type());
            assertThat(e.get("fields").get("title").asString())
                    .as("title of " + p.id())
                    .isEqualTo(p.title());
            assertThat(strings(e.get("keywords"))).as("keywords of " + p.id()).isEqualTo(p.topics());
            e.get("raw")
                    .forEach(value -> assertThat(value.asString()).as(p.id()).doesNotContainPattern(CONTROL));
        }
        assertThat(entries)
                .extracting(e -> strings(e.get("keywords")))
                .anySatisfy(k -> assertThat(k).anyMatch(t -> t.contains(",")));
    }

    @Test
    void risOfTheWholeSiteKeepsTypesTopicsAndTitles() throws Exception {
        List<RISReference> refs = new ArrayList<>();
        for (String file : wholeExport("ris")) {
            assertThat(file.replace("\r\n", "")).doesNotContainPattern(CONTROL);
            RISLibrary library = new RISParser().parse(new StringReader(file));
            refs.addAll(library.getReferences());
        }

        assertThat(refs).hasSize(byId.size());
        for (RISReference r : refs) {
            Publication p = byId.get(r.getId());
            assertThat(r.getTypeOfWork()).as("M3 of " + p.id()).isEqualTo(p.type());
            assertThat(r.getTitle()).isEqualTo(p.title());
            assertThat(r.getKeywords() == null ? List.of() : List.of(r.getKeywords()))
                    .as("KW of " + p.id())
                    .isEqualTo(p.topics());
        }
    }

    @Test
    void cslJsonOfTheWholeSiteKeepsTypesAndCiteprocJsFormatsEveryItemInApa() throws Exception {
        List<String> files = wholeExport("json");
        List<String> formatted = new ArrayList<>();
        for (String file : files) {
            JsonNode items = json.readTree(file);
            items.forEach(item -> assertThat(item.get("genre").asString())
                    .as(item.get("id").asString())
                    .isEqualTo(byId.get(item.get("id").asString()).type()));
            formatted.addAll(Validators.cslBibliography(file, "apa"));
        }

        assertThat(formatted)
                .hasSize(byId.size())
                .allSatisfy(entry -> assertThat(entry).isNotBlank().doesNotContainPattern(CONTROL));
        assertThat(formatted)
                .contains(
                        "Armstrong, H. (2013). Crisis in Mali: Root Causes and Long-Term Solutions [Peace Brief]. "
                                + PUBLISHER
                                + ". https://www.usip.org/publications/2013/05/crisis-mali-root-causes-and-long-term-solutions");
    }

    @Test
    void aWholeSearchExportSaysWhereItIsCutAndWhereTheRestIs() throws Exception {
        HttpResponse<String> first = response("/api/citations.bib?type=Peace+agreement");
        HttpResponse<String> last = response("/api/citations.ris?type=Peace+agreement&page=3");
        HttpResponse<String> beyond = response("/api/citations.ris?type=Peace+agreement&page=4");
        long agreements = byId.values().stream()
                .filter(p -> "Peace agreement".equals(p.type()))
                .count();

        assertThat(first.headers().firstValue("X-Total-Count")).contains(String.valueOf(agreements));
        assertThat(first.headers().firstValue("Link"))
                .contains("</api/citations.bib?type=Peace+agreement&page=2>; rel=\"next\"");
        assertThat(first.body())
                .startsWith(String.format(
                        "@Comment{Dossier export: results 1-1,000 of %,d; the next are at "
                                + "/api/citations.bib?type=Peace+agreement&page=2}",
                        agreements));
        assertThat(Validators.readBibtex(first.body()).get("entries")).hasSize(1000);
        assertThat(last.headers().firstValue("Link")).isEmpty();
        assertThat(new RISParser().parse(new StringReader(last.body())).getReferences())
                .hasSize((int) agreements - 2000);
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).contains("\"parameter\":\"page\"");
        assertThat(get("/publications?type=Peace+agreement")).contains("Exports hold 1,000 references each");
    }

    @Test
    void googleScholarDatesAreAFullDateOrAYear() throws Exception {
        assertThat(get(BRIEF_PATH)).contains("<meta name=\"citation_publication_date\" content=\"2013\">");
        assertThat(get("/publications/2022/02/accord-de-principe-de-rome"))
                .contains("<meta name=\"citation_publication_date\" content=\"2022/02/02\">");
    }

    /** Every page of the whole site's export in this format. */
    private List<String> wholeExport(String format) throws Exception {
        List<String> files = new ArrayList<>();
        String next = "/api/citations." + format;
        while (next != null) {
            HttpResponse<String> r = response(next);
            assertThat(r.statusCode()).as(next).isEqualTo(200);
            files.add(r.body());
            next = r.headers()
                    .firstValue("Link")
                    .map(link -> link.substring(1, link.indexOf('>')))
                    .orElse(null);
        }
        return files;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
