package org.dossier.app.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An archive whose publications about canals carry "Irrigation" and those about boats "Fisheries", and an untagged
 * report on a canal in Burkina Faso: the admin lets clear places be applied and asks 60 % confidence of topics;
 * enrichment applies the country (marked, and in the revisions) and suggests the topic; an editor works through
 * the queue on the review page, accepts the topic there and undoes the place, which does not come back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichmentReviewTest {
    private static final String PASSWORD = "a long enough passphrase";
    private static final String[] CANAL = {"canal", "irrigation", "sluice", "farmers", "water user association", "pump"
    };
    private static final String[] BOAT = {"boats", "nets", "fish catch", "landing site", "fishermen", "cold store"};

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        String data = Files.createTempDirectory("dossier-enrichment-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void anArchiveTaggedByTopicAndOneUntaggedReport(@Autowired AccountManager manager, @Autowired Accounts accounts) {
        for (Role role : Role.values()) {
            if (accounts.find(role.key()).isEmpty()) {
                manager.add(new NewAccount(role.key(), null, role, PASSWORD), "test");
            }
        }
        List<List<Incoming>> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(List.of(Incoming.whole(tagged("I" + i, "Irrigation", CANAL, i))));
            units.add(List.of(Incoming.whole(tagged("F" + i, "Fisheries", BOAT, i))));
        }
        units.add(List.of(Incoming.whole(Publication.builder()
                .id("U")
                .slug("who-repairs-the-sluice")
                .title("Who Repairs the Sluice in Burkina Faso?")
                .type("Report")
                .date(PublicationDate.parse("2021-02"))
                .status(Status.PUBLISHED)
                .body("In Burkina Faso the irrigation canal and its sluice are run by a water user association of "
                        + "farmers.\n\nOfficials in Ouagadougou say the pump and the canal need repairs every season, "
                        + "and farmers pay for them.\n\nAcross Burkina Faso, such associations keep the water moving "
                        + "where the state does not.\n\nBurkina Faso has more canals than repairers, and Ouagadougou "
                        + "has no budget for them; Burkina Faso's farmers wait.")
                .sourceId("test:enrichment-review")
                .build())));
        catalog.write(units);
    }

    @Test
    void clearPlacesAreAppliedAndMarkedTopicsSuggestedAndEditorsWorkThroughTheQueue(
            @Autowired Enrichment enrichment, @Autowired OutboxIndexer indexer) throws Exception {
        SignedIn admin = SignedIn.as(port, "admin", PASSWORD);
        HttpResponse<String> refused =
                admin.postForm("/admin/settings", Map.of("name", "Dossier", "topicConfidence", "sixty"), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body())
                        .select("#s-topicConfidence-error")
                        .text())
                .isEqualTo("a whole number from 1 to 99, or nothing for 30");
        admin.postForm(
                "/admin/settings", Map.of("name", "Dossier", "topicConfidence", "60", "autoApplyPlaces", "true"), true);
        assertThat(Jsoup.parse(admin.get("/admin/settings").body())
                        .select("input[name=autoApplyPlaces]")
                        .hasAttr("checked"))
                .isTrue();

        indexer.catchUp();
        Enrichment.Added added = enrichment.begin().enrich(catalog.find("U").orElseThrow());

        assertThat(added).isEqualTo(new Enrichment.Added(1, 1, 2, 1));
        assertThat(catalog.find("U").orElseThrow().places()).containsExactly("BFA");
        assertThat(catalog.find("U").orElseThrow().topics())
                .as("readers see no suggested topic")
                .isEmpty();
        SignedIn editor = SignedIn.as(port, "editor", PASSWORD);
        assertThat(Jsoup.parse(editor.get("/edit/U/revisions").body()).text())
                .contains("applied automatically the suggested place Burkina Faso (Burkina Faso ×5, Ouagadougou ×2)");

        Document queue = Jsoup.parse(editor.get("/edit/suggestions").body());
        assertThat(queue.select("section.queued h2 a").eachText())
                .containsExactly("Who Repairs the Sluice in Burkina Faso?");
        List<String> chips = queue.select(".suggestion-chips li").eachText();
        assertThat(chips.get(0))
                .startsWith(
                        "place, applied automatically Burkina Faso with Sahel, West Africa, Sub-Saharan Africa, Africa Burkina Faso ×5, Ouagadougou ×2 Undo");
        assertThat(chips.get(1))
                .matches("topic Irrigation \\d+ of the \\d+ most alike publications · 100 % sure Accept.*");
        assertThat(chips).hasSize(4);

        HttpResponse<String> accepted = editor.postForm(
                "/edit/U/suggestions",
                Map.of("op", "accept", "kind", "topic", "value", "Irrigation", "from", "queue"),
                true);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/edit/suggestions");
        editor.postForm("/edit/U/suggestions", Map.of("op", "undo", "kind", "place", "value", "BFA"), true);

        Publication after = catalog.find("U").orElseThrow();
        assertThat(after.topics()).containsExactly("Irrigation");
        assertThat(after.places()).isEmpty();
        assertThat(enrichment.begin().enrich(after))
                .as("the undone place is not applied or suggested again")
                .isEqualTo(new Enrichment.Added(0, 0, 0, 0));
        assertThat(SignedIn.as(port, "contributor", PASSWORD)
                        .get("/edit/suggestions")
                        .statusCode())
                .isEqualTo(403);
    }

    private static Publication tagged(String id, String topic, String[] words, int i) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 30; w++) {
            body.append(words[(w * (i + 3)) % words.length]).append(w % 6 == 5 ? ". " : " ");
        }
        return Publication.builder()
                .id(id)
                .slug("tagged-" + id.toLowerCase(java.util.Locale.ROOT))
                .title(words[i % words.length] + " " + i)
                .type("Report")
                .date(PublicationDate.parse("2019-0" + (1 + i % 9)))
                .status(Status.PUBLISHED)
                .summary(List.of("A point."))
                .topics(List.of(topic))
                .body(body.toString().strip())
                .sourceId("test:" + id)
                .build();
    }
}
