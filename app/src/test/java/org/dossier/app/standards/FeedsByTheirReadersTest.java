package org.dossier.app.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.catalog.ChangeLog;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every feed of the PA-X and founding-example site as its readers take it: JSON Feed checked against the JSON
 * Schema for JSON Feed 1.1, Atom and RSS read by feedparser, the library most feed readers and aggregators are
 * built on.
 */
class FeedsByTheirReadersTest extends PaxSite {
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ChangeLog changes;

    @Test
    void everyItemOfEveryFeedValidatesAsJsonFeed11() throws Exception {
        Map<String, String> feeds = new LinkedHashMap<>();
        for (String query : feedQueries()) {
            feeds.put(query, get("/feeds/json?size=100&" + query));
        }
        Set<String> itemIds = new HashSet<>();
        feeds.values()
                .forEach(feed -> json.readTree(feed)
                        .get("items")
                        .forEach(i -> itemIds.add(i.get("id").asString())));

        assertThat(Validators.jsonFeedErrors(feeds)).isEmpty();
        assertThat(itemIds).as("every publication is an item of some feed").hasSize((int) catalog.count());
    }

    @Test
    void atomNamesTheAuthorsOfEntriesThatHaveAnyAndThePublisherForTheRest() throws Exception {
        JsonNode feed = Validators.readFeed(get("/feeds/atom?q=mali&size=100"));

        assertThat(feed.get("bozo").asBoolean())
                .as(feed.get("bozo_exception").asString())
                .isFalse();
        assertThat(feed.get("version").asString()).isEqualTo("atom10");
        assertThat(names(feed.get("authors"))).containsExactly(PUBLISHER);
        JsonNode brief = entry(feed, "Crisis in Mali: Root Causes and Long-Term Solutions");
        assertThat(names(brief.get("authors"))).containsExactly("Hannah Armstrong");
        JsonNode agreement = entry(feed, "Accord de Principe de Rome");
        assertThat(agreement.get("authors")).isEmpty();
        assertThat(agreement.get("content").get(0).asString())
                .startsWith("Peace agreement · Wednesday, February 2, 2022 · ");
    }

    @Test
    void rssNamesAuthorsAsDublinCoreCreatorsAndNoneWhereThereAreNone() throws Exception {
        JsonNode feed = Validators.readFeed(get("/feeds/rss?q=mali&size=100"));

        assertThat(feed.get("bozo").asBoolean())
                .as(feed.get("bozo_exception").asString())
                .isFalse();
        assertThat(feed.get("version").asString()).isEqualTo("rss20");
        assertThat(feed.get("publisher").asString()).isEqualTo(PUBLISHER);
        assertThat(feed.get("links").toString())
                .contains("{\"rel\":\"self\",\"href\":\"http://localhost:" + port + "/feeds/rss?q=mali&size=100\"}");
        assertThat(names(entry(feed, "Crisis in Mali: Root Causes and Long-Term Solutions")
                        .get("authors")))
                .containsExactly("Hannah Armstrong");
        assertThat(names(entry(feed, "After Two Coups, Mali Needs Regional Support to Bolster Democracy")
                        .get("authors")))
                .containsExactly("Ena Dion", "Joseph Sany");
        assertThat(entry(feed, "Accord de Principe de Rome").get("authors")).isEmpty();
    }

    @Test
    void anEmptyFeedIsDatedWhenTheStoreLastChangedNotIn1970() throws Exception {
        JsonNode feed = Validators.readFeed(get("/feeds/atom?q=nothingmatchesthisword"));

        assertThat(feed.get("entries")).isEmpty();
        assertThat(Instant.parse(feed.get("updated").asString()))
                .isEqualTo(changes.latest().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The latest publications, a search, and the list of every year, topic, country and region. */
    private List<String> feedQueries() throws Exception {
        Set<String> queries = new TreeSet<>(List.of("", "q=mali&country=MLI"));
        catalog.list(0, 100_000).stream()
                .map(Publication::date)
                .filter(java.util.Objects::nonNull)
                .forEach(d -> queries.add("year=" + d.year()));
        json.readTree(get("/api/topics"))
                .forEach(t -> queries.add("topic=" + encode(t.get("name").asString())));
        json.readTree(get("/api/places"))
                .forEach(p -> queries.add((p.get("kind").asString().equals("country") ? "country=" : "region=")
                        + encode(p.get("code").asString())));
        return List.copyOf(queries);
    }

    private static JsonNode entry(JsonNode feed, String title) {
        for (JsonNode e : feed.get("entries")) {
            if (e.get("title").asString().equals(title)) {
                return e;
            }
        }
        throw new AssertionError("no entry is titled " + title);
    }

    private static List<String> names(JsonNode names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
