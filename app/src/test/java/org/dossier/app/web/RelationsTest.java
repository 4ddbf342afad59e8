package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.dossier.publication.Relation;
import org.dossier.publication.Relation.Kind;
import org.dossier.publication.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 2013 brief superseded by a 2024 report, which a commentary answers, and a draft that follows up the brief: what
 * readers, harvesters and machines are told of each, and how an editor relates publications.
 */
class RelationsTest extends AccountSite {
    private static final String BRIEF = "rel-brief-2013";
    private static final String REPORT = "rel-report-2024";
    private static final String REPLY = "rel-reply-2024";
    private static final String DRAFT = "rel-draft";
    private static final String BRIEF_PATH = "/publications/2013/05/bamako-bargain-brief";
    private static final String REPORT_PATH = "/publications/2024/02/bamako-bargain-report";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Catalog catalog;

    @Autowired
    OutboxIndexer indexer;

    @BeforeAll
    void fourPublications() {
        write(BRIEF, "bamako-bargain-brief", "The Bamako Bargain", "Peace Brief", "2013-05-02", Status.PUBLISHED);
        write(
                REPORT,
                "bamako-bargain-report",
                "The Bamako Bargain, Ten Years On",
                "Special Report",
                "2024-02-06",
                Status.PUBLISHED,
                new Relation(Kind.SUPERSEDES, BRIEF));
        write(
                REPLY,
                "bamako-bargain-reply",
                "<b>A Reply</b> on the Bamako Bargain",
                "Commentary",
                "2024-03-12",
                Status.PUBLISHED,
                new Relation(Kind.RESPONDS_TO, REPORT));
        write(
                DRAFT,
                "bamako-draft",
                "Unfinished Bamako Follow-up",
                "Peace Brief",
                "2024-04-01",
                Status.DRAFT,
                new Relation(Kind.FOLLOWS_UP, BRIEF));
        indexer.catchUp();
    }

    @Test
    void aSupersededBriefSaysSoFirstAndBothPagesLinkEachOther() throws Exception {
        Document brief = Jsoup.parse(page(BRIEF_PATH));
        Document report = Jsoup.parse(page(REPORT_PATH));

        assertThat(brief.selectFirst("header.publication-header > *").outerHtml())
                .isEqualTo("<p class=\"notice superseded\" role=\"note\">This brief has been superseded by <a href=\""
                        + REPORT_PATH + "\">The Bamako Bargain, Ten Years On</a> (Tuesday, February 6, 2024).</p>");
        assertThat(brief.select("ul.connections li").eachText())
                .containsExactly("Superseded by: The Bamako Bargain, Ten Years On (Special Report, Tuesday, February 6,"
                        + " 2024)");
        assertThat(brief.select("ul.connections a").attr("href")).isEqualTo(REPORT_PATH);
        assertThat(report.select("ul.connections li").eachText())
                .containsExactly(
                        "Supersedes: The Bamako Bargain (Peace Brief, Thursday, May 2, 2013)",
                        "Answered by: <b>A Reply</b> on the Bamako Bargain (Commentary, Tuesday, March 12, 2024)");
        assertThat(report.select("ul.connections a").first().attr("href")).isEqualTo(BRIEF_PATH);
        assertThat(report.select("p.superseded")).isEmpty();
        assertThat(page(BRIEF_PATH)).doesNotContain("Unfinished Bamako Follow-up", "<b>A Reply</b>");
    }

    @Test
    void theRelatedCardsGiveTheRelationAsTheirReason() throws Exception {
        JsonNode related = api("/api/publications/" + BRIEF + "/related?limit=10");

        JsonNode card = find(related.get("items"), REPORT);
        assertThat(card.get("reasons").get(0).asString()).isEqualTo("Supersedes this brief");
        assertThat(find(api("/api/publications/" + REPORT + "/related?limit=10").get("items"), BRIEF)
                        .get("reasons")
                        .get(0)
                        .asString())
                .isEqualTo("Superseded by this report");
    }

    @Test
    void theApiNamesEachRelationBothWaysWithItsDataCiteType() throws Exception {
        JsonNode brief = api("/api/publications/" + BRIEF);
        JsonNode report = api("/api/publications/" + REPORT);

        assertThat(brief.get("relations")).hasSize(1);
        assertThat(brief.get("relations").get(0).get("relation").asString()).isEqualTo("is_superseded_by");
        assertThat(brief.get("relations").get(0).get("relation_type").asString())
                .isEqualTo("IsObsoletedBy");
        assertThat(brief.get("relations").get(0).get("label").asString()).isEqualTo("Superseded by");
        assertThat(brief.get("relations").get(0).get("publication").get("path").asString())
                .isEqualTo(REPORT_PATH);
        assertThat(report.get("relations").findValuesAsString("relation"))
                .containsExactly("supersedes", "has_response");
        assertThat(report.get("relations").findValuesAsString("relation_type"))
                .containsExactly("Obsoletes", "IsReferencedBy");
    }

    @Test
    void theReportsJsonLdSaysWhatItIsBasedOnAsAJsonLdProcessorReadsIt() throws Exception {
        Document report = Jsoup.parse(page(REPORT_PATH));
        jakarta.json.JsonArray expanded = JsonLdExpansion.expand(
                report.selectFirst("script[type=application/ld+json]").data());

        jakarta.json.JsonObject basedOn = expanded.getJsonObject(0)
                .getJsonArray(JsonLdExpansion.SCHEMA + "isBasedOn")
                .getJsonObject(0);
        assertThat(basedOn.getString("@id")).endsWith(BRIEF_PATH);
        assertThat(basedOn.getJsonArray(JsonLdExpansion.SCHEMA + "name")
                        .getJsonObject(0)
                        .getString("@value"))
                .isEqualTo("The Bamako Bargain");
        assertThat(basedOn.getJsonArray("@type").getString(0)).isEqualTo(JsonLdExpansion.SCHEMA + "Report");
    }

    @Test
    void harvestersReadTheRelationInModsAndDublinCoreOnBothRecords() throws Exception {
        OaiResponse list = oai("verb=ListIdentifiers&metadataPrefix=mods");
        String briefId = list.all("//oai:header/oai:identifier").stream()
                .filter(i -> i.endsWith(":" + BRIEF))
                .findFirst()
                .orElseThrow();
        String reportId = briefId.replace(BRIEF, REPORT);

        OaiResponse brief = oai("verb=GetRecord&metadataPrefix=mods&identifier=" + briefId);
        assertThat(brief.one("//mods:relatedItem[@type='succeeding']/mods:titleInfo/mods:title"))
                .isEqualTo("The Bamako Bargain, Ten Years On");
        assertThat(brief.one("//mods:relatedItem[@type='succeeding']/@displayLabel"))
                .isEqualTo("Superseded by");
        assertThat(brief.one("//mods:relatedItem[@type='succeeding']/mods:identifier[@type='uri']"))
                .endsWith(REPORT_PATH);
        OaiResponse report = oai("verb=GetRecord&metadataPrefix=mods&identifier=" + reportId);
        assertThat(report.one("//mods:relatedItem[@type='preceding']/mods:titleInfo/mods:title"))
                .isEqualTo("The Bamako Bargain");
        assertThat(report.one("//mods:relatedItem[@type='isReferencedBy']/mods:titleInfo/mods:title"))
                .isEqualTo("<b>A Reply</b> on the Bamako Bargain");
        assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + briefId)
                        .all("//dc:relation"))
                .anyMatch(r -> r.startsWith("Superseded by: ") && r.endsWith(REPORT_PATH));
    }

    @Test
    void anEditorRelatesTwoPublicationsByTitleAndIsRefusedACycle() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        editor.postForm(
                "/edit/" + REPLY + "/relations",
                Map.of("op", "add", "kind", "follows_up", "other", "The Bamako Bargain"),
                true);

        assertThat(catalog.find(REPLY).orElseThrow().relations())
                .containsExactly(new Relation(Kind.RESPONDS_TO, REPORT), new Relation(Kind.FOLLOWS_UP, BRIEF));
        assertThat(editor.get("/edit/" + REPLY).body()).contains("Follows up: The Bamako Bargain");

        editor.postForm("/edit/" + BRIEF + "/relations", Map.of("op", "add", "kind", "part_of", "other", REPLY), true);

        assertThat(catalog.find(BRIEF).orElseThrow().relations()).isEmpty();
        assertThat(Jsoup.parse(editor.get("/edit/" + BRIEF).body()).text())
                .contains("Relations: 'rel-reply-2024' already leads back to 'rel-brief-2013' ('rel-reply-2024'"
                        + " follows up 'rel-brief-2013'), so this would make a cycle.");

        editor.postForm(
                "/edit/" + REPLY + "/relations", Map.of("op", "remove", "kind", "follows_up", "other", BRIEF), true);
        assertThat(catalog.find(REPLY).orElseThrow().relations())
                .containsExactly(new Relation(Kind.RESPONDS_TO, REPORT));
    }

    private void write(String id, String slug, String title, String type, String date, Status status, Relation... r) {
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .id(id)
                .slug(slug)
                .title(title)
                .type(type)
                .date(PublicationDate.parse(date))
                .status(status)
                .relations(List.of(r))
                .build()))));
    }

    private String page(String path) throws Exception {
        var r = SignedIn.anonymous(port).get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private JsonNode api(String path) throws Exception {
        return JSON.readTree(page(path));
    }

    private OaiResponse oai(String query) throws Exception {
        return OaiResponse.read(page("/oai?" + query));
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not among " + items);
    }
}
