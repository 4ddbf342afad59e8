package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.dossier.app.enrich.Enrichment;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.app.security.SignedIn;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestions;
import org.dossier.publication.Publication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The founding example imported as the README shows but without its places and topics, in an archive of PA-X
 * agreements: enrichment suggests Mali first (with the Sahel through it) and topics from the archive's own
 * vocabulary; once an editor accepts them, the brief is in Mali's and the Sahel's lists and in the OAI-PMH set
 * place:MLI. (Its own context: the brief changes.)
 */
@TestPropertySource(properties = "dossier.site.name=Enriched Archive")
class FoundingExampleEnrichedTest extends PaxSite {
    private static final String PASSWORD = "a long enough passphrase";

    @Test
    void suggestsMaliFirstAndTopicsAndOnceAcceptedTheBriefIsInMaliTheSahelAndTheirOaiSet(
            @Autowired Enrichment enrichment,
            @Autowired Suggestions suggestions,
            @Autowired OutboxIndexer indexer,
            @Autowired AccountManager manager,
            @Autowired Accounts accounts)
            throws Exception {
        Publication brief = catalog.findByPath(BRIEF_PATH).orElseThrow();
        assertThat(brief.places()).isEmpty();
        assertThat(brief.topics()).isEmpty();

        enrichment.begin().enrich(brief);

        List<Suggestion> made = suggestions.of(brief.id(), Suggestion.State.OPEN);
        assertThat(made.get(0).kind()).isEqualTo(Suggestion.Kind.PLACE);
        assertThat(made.get(0).value()).isEqualTo("MLI");
        assertThat(made.get(0).evidence()).startsWith("Mali ×");
        List<String> topics = made.stream()
                .filter(s -> s.kind() == Suggestion.Kind.TOPIC)
                .map(Suggestion::value)
                .toList();
        assertThat(topics).isNotEmpty().isSubsetOf(catalog.topicNames());
        assertThat(get("/api/publications?country=MLI&size=100")).doesNotContain(brief.id());

        if (accounts.find("editor").isEmpty()) {
            manager.add(new NewAccount("editor", null, Role.EDITOR, PASSWORD), "test");
        }
        SignedIn editor = SignedIn.as(port, "editor", PASSWORD);
        assertThat(Jsoup.parse(editor.get("/edit/" + brief.id()).body())
                        .select(".suggestion-chips li")
                        .get(0)
                        .text())
                .startsWith("place Mali with Sahel, West Africa, Sub-Saharan Africa, Africa Mali ×");
        editor.postForm("/edit/" + brief.id() + "/suggestions", Map.of("op", "accept-all"), true);
        indexer.catchUp();

        Publication accepted = catalog.find(brief.id()).orElseThrow();
        assertThat(accepted.places()).containsExactly("MLI");
        assertThat(accepted.topics()).containsExactlyElementsOf(topics);
        assertThat(get("/api/publications?country=MLI&size=100")).contains(brief.id());
        assertThat(get("/api/publications?region=sahel&size=100")).contains(brief.id());
        assertThat(get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=place:MLI"))
                .contains(":" + brief.id() + "</identifier>");
    }
}
