package org.dossier.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins set the site's name, publisher, harvesters' address and default disclaimer; pages, feeds, citations, OAI-PMH and new drafts follow. */
class SettingsTest extends AccountSite {
    @Autowired
    Catalog catalog;

    @Test
    void anAdminSetsTheSiteAndEveryPlaceThatNamesItFollows() throws Exception {
        Publication p = Publication.builder()
                .status(Status.PUBLISHED)
                .title("Grain corridors")
                .date(PublicationDate.parse("2024-03-01"))
                .sourceId("test:grain")
                .build();
        WriteResult.Written written = (WriteResult.Written)
                catalog.write(List.of(List.of(Incoming.whole(p)))).get(0);
        Publication stored =
                catalog.find(written.changes().get(0).publicationId()).orElseThrow();
        SignedIn admin = as(Role.ADMIN);

        HttpResponse<String> saved = admin.postForm(
                "/admin/settings",
                settings(
                        "Sahel Watch",
                        "Institute for Sahel Studies",
                        "library@sahel.example",
                        "Views are the authors’ own."),
                true);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/settings").body())
                .contains("Saved: name, publisher, admin e-mail, disclaimer.", "value=\"Sahel Watch\"")
                .doesNotContain("No publisher is set", "No address for harvesters is set");
        assertThat(as(Role.EDITOR).get("/edit/new").body()).contains(">Views are the authors’ own.</textarea>");
        assertThat(SignedIn.anonymous(port).get("/publications").body())
                .contains(
                        "<a class=\"brand\" href=\"/\">Sahel Watch</a>",
                        "<title>All publications · Sahel Watch</title>");
        assertThat(SignedIn.anonymous(port).get(stored.path()).body())
                .contains(
                        "<meta name=\"citation_publisher\" content=\"Institute for Sahel Studies\">",
                        "<meta property=\"og:site_name\" content=\"Sahel Watch\">");
        assertThat(SignedIn.anonymous(port)
                        .get("/api/publications/" + stored.id() + "/citation.bib")
                        .body())
                .contains("Institute for Sahel Studies");
        assertThat(SignedIn.anonymous(port).get("/feeds/atom").body()).contains("Sahel Watch: latest publications");
        assertThat(SignedIn.anonymous(port).get("/oai?verb=Identify").body())
                .contains(
                        "<repositoryName>Sahel Watch</repositoryName>",
                        "<adminEmail>library@sahel.example</adminEmail>");
        assertThat(admin.get("/admin/audit").body())
                .contains(
                        "<td>changed settings</td><td>name, publisher, admin e-mail, disclaimer</td><td>Dossier → Sahel Watch</td>");
    }

    @Test
    void namesNoPublisherOutOfTheBoxRatherThanTheSoftwareAndTheSettingsPageSaysSo() throws Exception {
        Publication p = Publication.builder()
                .status(Status.PUBLISHED)
                .title("Seasonal routes")
                .date(PublicationDate.parse("2024-04-02"))
                .sourceId("test:seasonal-routes")
                .build();
        WriteResult.Written written = (WriteResult.Written)
                catalog.write(List.of(List.of(Incoming.whole(p)))).get(0);
        Publication stored =
                catalog.find(written.changes().get(0).publicationId()).orElseThrow();
        SignedIn reader = SignedIn.anonymous(port);

        assertThat(as(Role.ADMIN).get("/admin/settings").body())
                .contains("No publisher is set: references, Google Scholar tags", "No address for harvesters is set");
        assertThat(reader.get(stored.path()).body()).doesNotContain("citation_publisher", "\"publisher\"");
        assertThat(reader.get("/api/publications/" + stored.id() + "/citation.bib")
                        .body())
                .doesNotContain("publisher", "institution");
        assertThat(reader.get("/api/publications/" + stored.id() + "/citation.ris")
                        .body())
                .doesNotContain("PB  -");
        assertThat(reader.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").body())
                .doesNotContain("dc:publisher");
        assertThat(reader.get("/oai?verb=ListRecords&metadataPrefix=mods").body())
                .doesNotContain("<publisher>");
    }

    @Test
    void refusesAnEmptyNameAndAnAddressThatIsNotOneAndSavesNothing() throws Exception {
        SignedIn admin = as(Role.ADMIN);

        HttpResponse<String> r =
                admin.postForm("/admin/settings", settings("  ", "Someone", "not an address", ""), true);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains(
                        "Nothing was saved",
                        "a name has 1 to 100 characters",
                        "an e-mail address such as library@institute.org, or nothing",
                        "value=\"Someone\"");
        assertThat(admin.get("/admin/settings").body())
                .contains("value=\"Dossier\"")
                .doesNotContain("Someone");
    }

    @AfterEach
    void backToTheDefaults() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        admin.postForm("/admin/settings", settings("Dossier", "", "", ""), true);
        admin.get("/admin/settings");
    }

    private static Map<String, String> settings(String name, String publisher, String adminEmail, String disclaimer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("publisher", publisher);
        form.put("adminEmail", adminEmail);
        form.put("disclaimer", disclaimer);
        return form;
    }
}
