package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.oai.OaiResponse;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.app.standards.JsonLdExpansion;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A "Sahel Brief" series of which the archive holds numbers 149, 151 (and its French translation) and 155, and 153
 * only as a draft: its page, its facet and filter, and what a publication's page, API and MODS say of its number.
 */
class SeriesTest extends AccountSite {
    private static final String SERIES = "Sahel Brief";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Catalog catalog;

    @BeforeAll
    void aSeriesWithGaps(@Autowired OutboxIndexer indexer) {
        write(numbered("sb-149", "Wells and Borders", "149", "2023-01-10"));
        write(numbered("sb-151", "Salt Caravans After the Rains", "151", "2023-06-02"));
        write(numbered("sb-151-fr", "Les caravanes de sel après les pluies", "151", "2023-06-02")
                .translationOf("sb-151")
                .language("fr"));
        write(numbered("sb-153", "Not Yet Written", "153", "2024-01-01").status(Status.DRAFT));
        write(numbered("sb-155", "Markets of <b>Gao</b>", "155", "2024-09-30"));
        indexer.catchUp();
    }

    @Test
    void theSeriesPageListsItsNumbersInOrderAndSaysWhichAreMissing() throws Exception {
        var html = Jsoup.parse(get("/series/Sahel%20Brief"));

        assertThat(html.select("h1").text()).isEqualTo(SERIES);
        assertThat(html.select("ol.series-numbers li").eachText())
                .containsExactly(
                        "No. 149: Wells and Borders (Tuesday, January 10, 2023)",
                        "No. 150: not in the archive",
                        "No. 151: Salt Caravans After the Rains (Friday, June 2, 2023)",
                        "No. 152–154: not in the archive",
                        "No. 155: Markets of <b>Gao</b> (Monday, September 30, 2024)");
        assertThat(html.select("ol.series-numbers a").eachAttr("href"))
                .containsExactly(
                        "/publications/2023/01/sb-149", "/publications/2023/06/sb-151", "/publications/2024/09/sb-155");
        assertThat(html.select(".years a").eachAttr("aria-label"))
                .as("the series' timeline")
                .containsExactly("2023: 3 publications (Policy Brief 3)", "2024: 1 publication (Policy Brief 1)");
        assertThat(html.select(".years a").first().attr("href"))
                .isEqualTo("/publications?year=2023&series=Sahel+Brief");
        assertThat(SignedIn.anonymous(port).get("/series/No%20Such%20Series").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPublicationSaysItsNumberAndLinksItsSeries() throws Exception {
        String page = get("/publications/2023/06/sb-151");
        JsonNode api = JSON.readTree(get("/api/publications/sb-151"));

        assertThat(page)
                .contains("<p class=\"publication-series\"><a href=\"/series/Sahel%20Brief\">Sahel Brief</a> No."
                        + " 151</p>");
        jakarta.json.JsonObject ld = JsonLdExpansion.expand(Jsoup.parse(page)
                        .selectFirst("script[type=application/ld+json]")
                        .data())
                .getJsonObject(0);
        assertThat(ld.getJsonArray(JsonLdExpansion.SCHEMA + "position")
                        .getJsonObject(0)
                        .getString("@value"))
                .isEqualTo("151");
        assertThat(ld.getJsonArray(JsonLdExpansion.SCHEMA + "isPartOf")
                        .getJsonObject(0)
                        .getJsonArray(JsonLdExpansion.SCHEMA + "name")
                        .getJsonObject(0)
                        .getString("@value"))
                .isEqualTo(SERIES);
        assertThat(api.get("series").asString()).isEqualTo(SERIES);
        assertThat(api.get("series_number").asString()).isEqualTo("151");
    }

    @Test
    void readersFilterAndCountBySeries() throws Exception {
        JsonNode all = JSON.readTree(get("/api/publications?size=50&series=Sahel+Brief"));

        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(all.get("facets").get("series").get(0).get("value").asString())
                .isEqualTo(SERIES);
        assertThat(all.get("facets").get("series").get(0).get("count").asLong()).isEqualTo(4);
    }

    @Test
    void harvestersReadTheSeriesAndNumberInMods() throws Exception {
        String identifier =
                OaiResponse.read(get("/oai?verb=ListIdentifiers&metadataPrefix=mods"))
                        .all("//oai:header/oai:identifier")
                        .stream()
                        .filter(i -> i.endsWith(":sb-151"))
                        .findFirst()
                        .orElseThrow();

        OaiResponse mods = OaiResponse.read(get("/oai?verb=GetRecord&metadataPrefix=mods&identifier=" + identifier));

        assertThat(mods.one("//mods:relatedItem[@type='series']/mods:titleInfo/mods:title"))
                .isEqualTo(SERIES);
        assertThat(mods.one("//mods:relatedItem[@type='series']/mods:titleInfo/mods:partNumber"))
                .isEqualTo("151");
    }

    @Test
    void anEditorIsToldWhenANumberIsTakenNextToTheField() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        Map<String, String> form = Map.of("title", "A second number 149", "series", SERIES, "seriesNumber", "149");
        long before = catalog.count();

        HttpResponse<String> r = editor.postForm("/edit/new", form, true);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("<p class=\"field-error\" id=\"f-seriesNumber-error\">Sahel Brief 149 is already “Wells and"
                        + " Borders” (sb-149)</p>");
        assertThat(catalog.count()).isEqualTo(before);
    }

    private Publication.Builder numbered(String id, String title, String number, String date) {
        return Publication.builder()
                .id(id)
                .slug(id)
                .title(title)
                .type("Policy Brief")
                .date(PublicationDate.parse(date))
                .status(Status.PUBLISHED)
                .series(SERIES)
                .seriesNumber(number);
    }

    private void write(Publication.Builder p) {
        catalog.write(List.of(List.of(Incoming.whole(p.build()))));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = SignedIn.anonymous(port).get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
