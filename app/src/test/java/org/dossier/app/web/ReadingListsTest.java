package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.app.standards.Validators;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Relation;
import org.dossier.publication.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Reading lists: a search frozen as a list keeps its items and order, each version keeps its address, a list is
 * cited as it stood, its references export, and a private list is its owner's alone.
 */
class ReadingListsTest extends AccountSite {
    private static final String SEARCH = "q=timbuktu&type=Peace+Brief";

    @Autowired
    Catalog catalog;

    @Autowired
    OutboxIndexer indexer;

    @BeforeAll
    void threeTimbuktuBriefs() {
        brief("rl-1", "Timbuktu’s Manuscripts and the War", "2013-02-01");
        brief("rl-2", "Timbuktu After the Occupation", "2014-06-01");
        brief("rl-3", "Timbuktu and the Road to Gao", "2015-09-01");
        indexer.catchUp();
    }

    @Test
    void aFrozenSearchKeepsItsItemsAndOrderAndEachVersionKeepsItsAddress() throws Exception {
        SignedIn reader = as(Role.READER);
        List<String> searched =
                titles(reader.get("/api/publications?size=100&" + SEARCH).body());
        String path = location(reader.postForm("/lists/freeze?" + SEARCH, Map.of("title", "Timbuktu briefs"), true));
        List<String> frozen = items(reader.get(path).body());

        brief("rl-4", "Timbuktu’s Newest Brief", "2024-01-01");
        indexer.catchUp();
        reader.postForm(path + "/items", Map.of("op", "add", "publication", "rl-4", "note", "Added later."), true);
        reader.postForm(path + "/items", Map.of("op", "up", "publication", "rl-3"), true);

        assertThat(frozen).hasSize(3).isEqualTo(searched);
        assertThat(titles(reader.get("/api/publications?size=100&" + SEARCH).body()))
                .as("the search has changed since")
                .hasSize(4);
        Document v1 = Jsoup.parse(reader.get(path + "/v/1").body());
        assertThat(v1.select("ol.list-items > li > a").eachText()).isEqualTo(frozen);
        assertThat(v1.select(".list-version").text())
                .startsWith("Version 1 of ")
                .contains("the latest version is 3");
        assertThat(v1.select(".list-query a").attr("href")).isEqualTo("/publications?" + SEARCH);
        assertThat(v1.select("#cite blockquote").text())
                .startsWith("Dossier. (" + today() + "). Timbuktu briefs (Version 1) [Reading list]. ")
                .endsWith(path + "/v/1");
        Document latest = Jsoup.parse(reader.get(path).body());
        List<String> changed = new java.util.ArrayList<>(frozen);
        changed.add("Timbuktu’s Newest Brief");
        int moved = changed.indexOf("Timbuktu and the Road to Gao");
        if (moved > 0) {
            changed.add(moved - 1, changed.remove(moved));
        }
        assertThat(latest.select("ol.list-items > li > a").eachText()).isEqualTo(changed);
        assertThat(latest.select("ol.list-items .list-note").eachText()).containsExactly("Added later.");
        assertThat(latest.select(".list-versions li").eachText())
                .containsExactly(
                        "Version 1, " + day() + ", 3 publications",
                        "Version 2, " + day() + ", 4 publications",
                        "Version 3, " + day() + ", 4 publications");
    }

    @Test
    void anEditorCuratesAListWithNotesSharesItAndAReaderExportsItAsRis() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String path = location(editor.postForm(
                "/lists",
                Map.of("title", "Reading <b>Timbuktu</b>", "introduction", "Start with *the manuscripts*."),
                true));
        for (String id : List.of("rl-1", "rl-2", "rl-3")) {
            editor.postForm(path + "/items", Map.of("op", "add", "publication", id, "note", "Why " + id), true);
        }
        editor.postForm(path + "/share", Map.of("share", "true"), true);

        SignedIn anonymous = SignedIn.anonymous(port);
        Document page = Jsoup.parse(anonymous.get(path).body());
        assertThat(page.select("h1").text()).isEqualTo("Reading <b>Timbuktu</b>");
        assertThat(page.select(".list-introduction em").text()).isEqualTo("the manuscripts");
        assertThat(page.select(".list-note").eachText()).containsExactly("Why rl-1", "Why rl-2", "Why rl-3");
        assertThat(anonymous.get("/lists").body()).contains(path);
        String ris = anonymous.get(path + "/v/5/citations.ris").body();
        RISLibrary library = new RISParser().parse(new StringReader(ris));
        assertThat(library.getReferences())
                .extracting(r -> r.getTitle())
                .containsExactly(
                        "Timbuktu’s Manuscripts and the War",
                        "Timbuktu After the Occupation",
                        "Timbuktu and the Road to Gao");
    }

    @Test
    void aFeedSaysWhatEachVersionChangedAsFeedReadersReadIt() throws Exception {
        SignedIn editor = as(Role.EDITOR);
        String path = location(editor.postForm("/lists", Map.of("title", "Followed"), true));
        editor.postForm(path + "/items", Map.of("op", "add", "publication", "rl-1"), true);
        editor.postForm(path + "/items", Map.of("op", "add", "publication", "rl-2", "note", "Read second."), true);
        editor.postForm(path + "/items", Map.of("op", "remove", "publication", "rl-1"), true);

        JsonNode feed = Validators.readFeed(editor.get(path + "/feed").body());

        assertThat(feed.get("bozo").asBoolean()).as(feed.toString()).isFalse();
        assertThat(feed.get("version").asString()).isEqualTo("atom10");
        assertThat(feed.get("entries").findValuesAsString("title"))
                .containsExactly(
                        "Followed, version 4", "Followed, version 3", "Followed, version 2", "Followed, version 1");
        assertThat(feed.get("entries").get(0).get("content").get(0).asString())
                .isEqualTo("Removed “Timbuktu’s Manuscripts and the War”.");
        assertThat(feed.get("entries").get(1).get("content").get(0).asString())
                .isEqualTo("Added “Timbuktu After the Occupation”.");
        assertThat(feed.get("entries").get(3).get("content").get(0).asString())
                .isEqualTo("Started, with no publications yet.");
        assertThat(feed.get("entries").get(0).get("link").asString()).endsWith(path + "/v/4");
        assertThat(feed.get("entries").get(0).get("authors").get(0).asString()).isEqualTo("editor");
    }

    @Test
    void saysWhenAnItemHasSinceBeenWithdrawnOrSuperseded() throws Exception {
        brief("rl-old", "Timbuktu in 2012", "2012-05-01");
        SignedIn editor = as(Role.EDITOR);
        String path = location(editor.postForm("/lists", Map.of("title", "Since then"), true));
        editor.postForm(path + "/items", Map.of("op", "add", "publication", "rl-old"), true);
        editor.postForm(path + "/items", Map.of("op", "add", "publication", "rl-1"), true);

        catalog.write(List.of(List.of(Incoming.whole(catalog.find("rl-old").orElseThrow().toBuilder()
                .status(Status.WITHDRAWN)
                .build()))));
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .id("rl-1-new")
                .title("Timbuktu’s Manuscripts, Revisited")
                .date(PublicationDate.parse("2025-01-01"))
                .status(Status.PUBLISHED)
                .relations(List.of(new Relation(Relation.Kind.SUPERSEDES, "rl-1")))
                .build()))));

        Document page = Jsoup.parse(editor.get(path).body());
        assertThat(page.select("ol.list-items > li").eachText())
                .anyMatch(t -> t.startsWith("Timbuktu in 2012 Withdrawn since: no longer available."))
                .anyMatch(t -> t.contains("Superseded since by Timbuktu’s Manuscripts, Revisited."));

        editor.postForm(path + "/items", Map.of("op", "remove", "publication", "rl-old"), true);
        assertThat(Jsoup.parse(editor.get(path).body())
                        .select("ol.list-items > li")
                        .eachText())
                .as("a withdrawn item can still be taken off the list")
                .noneMatch(t -> t.startsWith("Timbuktu in 2012"));
    }

    @Test
    void aPrivateListIsItsOwnersAloneAndOnlyEditorsShare() throws Exception {
        SignedIn reader = as(Role.READER);
        String path = location(reader.postForm("/lists", Map.of("title", "Mine"), true));

        assertThat(SignedIn.anonymous(port).get(path).statusCode()).isEqualTo(404);
        assertThat(as(Role.CONTRIBUTOR).get(path).statusCode()).isEqualTo(404);
        assertThat(as(Role.EDITOR)
                        .postForm(path + "/items", Map.of("op", "add", "publication", "rl-1"), true)
                        .statusCode())
                .isEqualTo(404);
        assertThat(reader.postForm(path + "/share", Map.of("share", "true"), true)
                        .statusCode())
                .isEqualTo(403);
        assertThat(SignedIn.anonymous(port)
                        .postForm("/lists", Map.of("title", "Anonymous"), true)
                        .headers()
                        .firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
        String refused = reader.postForm(
                        path + "/items", Map.of("op", "add", "publication", "rl-1", "note", "x".repeat(100_001)), true)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(Jsoup.parse(reader.get(URI.create(refused).getPath()).body())
                        .select("[role=alert]")
                        .text())
                .isEqualTo("has at most 100000 characters.");
        assertThat(items(reader.get(path).body())).isEmpty();
    }

    private void brief(String id, String title, String date) {
        catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                .id(id)
                .title(title)
                .type("Peace Brief")
                .date(PublicationDate.parse(date))
                .status(Status.PUBLISHED)
                .body(title + ". Timbuktu lies on the Niger.")
                .build()))));
    }

    private static List<String> titles(String json) {
        List<String> out = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(json)
                .get("items")
                .forEach(i -> out.add(i.get("title").asString()));
        return out;
    }

    private static List<String> items(String html) {
        return Jsoup.parse(html).select("ol.list-items > li > a").eachText();
    }

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private static String today() {
        return DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
    }

    private static String day() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
    }
}
