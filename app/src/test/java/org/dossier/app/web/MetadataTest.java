package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.app.standards.JsonLdExpansion;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What publication pages tell search engines and Google Scholar, and the sitemap that leads them there. */
@TestPropertySource(properties = {"dossier.site.publisher=Institute for Sahel Studies", "dossier.sitemap.max-urls=4"})
class MetadataTest extends SeededSite {
    private static final String COUPS =
            "/publications/2021/12/two-coups-later-malis-neighbours-hold-the-key-to-civilian-rule";
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void describesAPublicationInJsonLd() throws Exception {
        JsonNode ld = jsonLd(get(BRIEF_PATH));

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Report");
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo("Nadia Okafor");
        assertThat(ld.get("publisher").get("name").asString()).isEqualTo("Institute for Sahel Studies");
        assertThat(ld.get("url").asString()).endsWith(BRIEF_PATH);

        JsonNode coups = jsonLd(get(COUPS));
        assertThat(coups.get("@type").asString()).isEqualTo("Article");
        assertThat(coups.get("datePublished").asString()).isEqualTo("2021-12-09");
        assertThat(coups.get("about").findValuesAsString("name"))
                .containsExactly("Civilian-Military Relations", "Democracy & Governance");
    }

    @Test
    void keepsImportedMarkupOutOfTheJsonLdScript() throws Exception {
        String page = get(HOSTILE_PATH);

        assertThat(page).contains("\\u003cscript>alert('title')\\u003c/script>").doesNotContain("\"<script>");
        assertThat(jsonLd(page).get("headline").asString()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void carriesGoogleScholarAndOpenGraphTags() throws Exception {
        String page = get(COUPS);

        assertThat(page)
                .contains(
                        "<meta name=\"citation_title\" content=\"Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule\">",
                        "<meta name=\"citation_author\" content=\"Lena Achterberg\">",
                        "<meta name=\"citation_author\" content=\"Samuel Oduya\">",
                        "<meta name=\"citation_publication_date\" content=\"2021/12/09\">",
                        "<meta name=\"citation_publisher\" content=\"Institute for Sahel Studies\">",
                        "<meta property=\"og:title\" content=\"Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule\">",
                        "<link rel=\"canonical\" href=\"" + url(COUPS) + "\">");
    }

    @Test
    void listsEveryPublicationInSitemapsOfAtMostTheLimit() throws Exception {
        Document index = xml(get("/sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = texts(index.getElementsByTagNameNS("*", "loc"));
        assertThat(parts).containsExactly(url("/sitemaps/1.xml"), url("/sitemaps/2.xml"));

        List<String> all = new ArrayList<>();
        for (String part : parts) {
            List<String> locs = texts(xml(get(part.substring(url("").length()))).getElementsByTagNameNS("*", "loc"));
            assertThat(locs).hasSizeLessThanOrEqualTo(4);
            all.addAll(locs);
        }
        assertThat(all)
                .hasSize(2 + 5)
                .contains(url("/"), url("/publications"), url(BRIEF_PATH), url(COUPS), url(HOSTILE_PATH));
        assertThat(get("/robots.txt")).contains("Sitemap: " + url("/sitemap.xml"));
    }

    private JsonNode jsonLd(String page) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(JsonLdExpansion.expand(m.group(1)))
                .as("what a JSON-LD processor reads of it")
                .hasSize(1);
        return json.readTree(m.group(1));
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
