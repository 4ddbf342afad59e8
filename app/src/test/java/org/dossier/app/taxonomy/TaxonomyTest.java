package org.dossier.app.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.Vocabulary;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins rename and describe topics and collections; a rename reaches every publication and the search index. */
class TaxonomyTest extends AccountSite {
    @Autowired
    Catalog catalog;

    @Autowired
    Vocabulary vocabulary;

    @Test
    void renamesATopicInEveryPublicationAndInSearch() throws Exception {
        write("Grazing rights", List.of("Pastoralism", "Land"));
        write("Herders and the state", List.of("Pastoralism"));
        SignedIn admin = as(Role.ADMIN);
        admin.postForm(
                "/admin/taxonomy/topic/describe",
                Map.of("name", "Pastoralism", "description", "Herding and its conflicts."),
                true);
        assertThat(admin.get("/admin/taxonomy/topic").body()).contains("Described “Pastoralism”.");

        HttpResponse<String> r = admin.postForm(
                "/admin/taxonomy/topic/rename", Map.of("from", "Pastoralism", "to", "Pastoral livelihoods"), true);

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/taxonomy/topic").body())
                .contains("Renamed “Pastoralism” to “Pastoral livelihoods” in 2 publications.");
        assertThat(catalog.list(0, 1000))
                .filteredOn(p -> p.title().startsWith("Grazing") || p.title().startsWith("Herders"))
                .allMatch(p -> p.topics().contains("Pastoral livelihoods")
                        && !p.topics().contains("Pastoralism"));
        assertThat(vocabulary.term(Vocabulary.Kind.TOPIC, "Pastoralism")).isEmpty();
        assertThat(vocabulary.term(Vocabulary.Kind.TOPIC, "Pastoral livelihoods"))
                .get()
                .extracting(Vocabulary.Term::description)
                .isEqualTo("Herding and its conflicts.");
        waitFor(port, "/api/publications?topic=Pastoral+livelihoods", "\"total\":2");
        assertThat(SignedIn.anonymous(port)
                        .get("/api/publications?topic=Pastoralism")
                        .body())
                .contains("\"total\":0");
        assertThat(SignedIn.anonymous(port)
                        .get("/topics/Pastoral%20livelihoods")
                        .body())
                .contains("Herding and its conflicts.");
        assertThat(admin.get("/admin/audit").body())
                .contains(
                        "<td>admin</td><td>renamed topic</td><td>Pastoralism</td><td>→ Pastoral livelihoods (2 publications)</td>");
    }

    @Test
    void mergesATopicIntoAnExistingOne() throws Exception {
        write("Wells", List.of("Water"));
        write("Rivers", List.of("Water resources", "Water"));

        as(Role.ADMIN).postForm("/admin/taxonomy/topic/rename", Map.of("from", "Water resources", "to", "Water"), true);

        assertThat(catalog.list(0, 1000))
                .filteredOn(p -> p.title().equals("Rivers"))
                .singleElement()
                .extracting(Publication::topics)
                .isEqualTo(List.of("Water"));
        assertThat(vocabulary.term(Vocabulary.Kind.TOPIC, "Water"))
                .get()
                .extracting(Vocabulary.Term::publications)
                .isEqualTo(2L);
        assertThat(vocabulary.term(Vocabulary.Kind.TOPIC, "Water resources")).isEmpty();
    }

    @Test
    void refusesAnEmptyNameAndAnUnknownTermAndChangesNothing() throws Exception {
        write("Borders", List.of("Borderlands"));
        SignedIn admin = as(Role.ADMIN);

        admin.postForm("/admin/taxonomy/topic/rename", Map.of("from", "Borderlands", "to", "  "), true);
        assertThat(admin.get("/admin/taxonomy/topic").body()).contains("to: a name has 1 to 200 characters.");
        admin.postForm("/admin/taxonomy/topic/rename", Map.of("from", "No such topic", "to", "Anything"), true);
        assertThat(admin.get("/admin/taxonomy/topic").body())
                .contains("from: there is no topic 'No such topic'.", "Borderlands");
        assertThat(vocabulary.term(Vocabulary.Kind.TOPIC, "Borderlands")).isPresent();
        assertThat(admin.get("/admin/taxonomy/planets").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminSaysWhatACollectionIsAndRelatedPublicationsSaySo() throws Exception {
        for (String title : List.of("Sahel brief one", "Sahel brief two")) {
            catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                    .status(Status.PUBLISHED)
                    .title(title)
                    .collection("Sahel briefs")
                    .date(PublicationDate.parse("2024-01-01"))
                    .sourceId("test:" + title)
                    .build()))));
        }
        SignedIn admin = as(Role.ADMIN);

        admin.postForm(
                "/admin/taxonomy/collection/describe",
                Map.of("name", "Sahel briefs", "description", "Short papers on the Sahel.", "isA", "series"),
                true);

        assertThat(admin.get("/admin/taxonomy/collection").body()).contains("value=\"series\"");
        waitFor(port, "/api/publications?collection=Sahel+briefs", "\"total\":2");
        assertThat(SignedIn.anonymous(port)
                        .get("/publications/2024/01/sahel-brief-one")
                        .body())
                .contains("Same series: Sahel briefs");
    }

    private void write(String title, List<String> topics) {
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .status(Status.PUBLISHED)
                .title(title)
                .topics(topics)
                .date(PublicationDate.parse("2024-01-01"))
                .sourceId("test:" + title)
                .build()))));
    }

    /** Waits until the page at this path shows the text (the search index follows the store within a second). */
    static void waitFor(int port, String path, String text) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(SignedIn.anonymous(port).get(path).body()).contains(text));
    }
}
