package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds of any list, read back with ROME (Atom, RSS) and as JSON Feed 1.1. */
class FeedTest extends SeededSite {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void givesAnAtomFeedOfTheNewestPublicationsThatFeedReadersParse() throws Exception {
        HttpResponse<String> r = get("/feeds/atom", List.of());

        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Dossier: latest publications");
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries)
                .extracting(SyndEntry::getTitle)
                .startsWith(HOSTILE_TITLE, "Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule");
        SyndEntry coups = entries.get(1);
        assertThat(coups.getAuthors()).extracting(a -> a.getName()).containsExactly("Lena Achterberg", "Samuel Oduya");
        assertThat(coups.getCategories())
                .extracting(SyndCategory::getName)
                .containsExactly("Analysis and Commentary", "Civilian-Military Relations", "Democracy & Governance");
        assertThat(coups.getDescription().getValue())
                .startsWith("After two military takeovers in little more than a year");
        assertThat(coups.getLink())
                .endsWith("/publications/2021/12/two-coups-later-malis-neighbours-hold-the-key-to-civilian-rule");
        assertThat(coups.getPublishedDate().toInstant()).hasToString("2021-12-09T00:00:00Z");
    }

    @Test
    void givesAnRssFeedTooNamingNoPublisherWhileNoneIsSet() throws Exception {
        String rss = get("/feeds/rss?topic=Gender", List.of()).body();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(rss));

        assertThat(rss).doesNotContain("dc:publisher");
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Dossier: publications — Topic: Gender");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .containsExactly("Counting Women at the Table: What Ten Peace Talks Show");
    }

    @Test
    void givesAFilteredSearchsNewestItemsAsJsonFeed() throws Exception {
        String query = "q=mali&type=Analysis+and+Commentary";
        JsonNode feed = json.readTree(get("/feeds/json?" + query, List.of()).body());
        JsonNode search = json.readTree(
                get("/api/publications?sort=newest&" + query, List.of()).body());

        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asString())
                .isEqualTo("Dossier: publications — Type: Analysis and Commentary · “mali”");
        assertThat(feed.get("feed_url").asString()).endsWith("/feeds/json?" + query);
        List<String> feedTitles = new ArrayList<>();
        feed.get("items").forEach(i -> feedTitles.add(i.get("title").asString()));
        List<String> searchTitles = new ArrayList<>();
        search.get("items").forEach(i -> searchTitles.add(i.get("title").asString()));
        assertThat(feedTitles).hasSize(3).isEqualTo(searchTitles);
        JsonNode first = feed.get("items").get(0);
        assertThat(first.get("id").asString()).contains("/api/publications/");
        assertThat(first.get("date_published").asString()).isEqualTo("2021-12-09T00:00:00Z");
        assertThat(first.get("tags").toString()).contains("Analysis and Commentary");
    }

    @Test
    void leavesOutWhatXmlCannotCarryAndSaysSo() throws Exception {
        HttpResponse<String> atom = get("/feeds/atom?q=mali%00%01", List.of());

        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(feed.getTitle()).isEqualTo("Dossier: publications — “mali”");
        assertThat(feed.getDescription()).isEqualTo("Control characters were left out of the search.");
        assertThat(json.readTree(get("/feeds/json?q=mali%00", List.of()).body())
                        .get("description")
                        .asString())
                .isEqualTo("Control characters were left out of the search.");
    }

    @Test
    void answersAConditionalRequestWithNotModified() throws Exception {
        HttpResponse<String> first = get("/feeds/atom?topic=Gender", List.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get("/feeds/atom?topic=Gender", List.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        assertThat(get("/feeds/atom?topic=Gender", List.of("If-Modified-Since", lastModified))
                        .statusCode())
                .isEqualTo(304);
        assertThat(get("/feeds/json?topic=Gender", List.of("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void namesAWrongFormatOrParameter() throws Exception {
        HttpResponse<String> format = get("/feeds/opml", List.of());
        HttpResponse<String> sort = get("/feeds/atom?sort=title", List.of());

        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body())
                .isEqualTo("{\"error\":\"format must be atom, rss or json\",\"parameter\":\"format\"}");
        assertThat(sort.statusCode()).isEqualTo(400);
    }

    @Test
    void letsReadersFollowAListFromItsPage() throws Exception {
        String page = get("/publications?q=mali&topic=Gender&sort=title&page=1", List.of())
                .body();

        assertThat(page)
                .contains(
                        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"All publications (Atom)\" href=\"/feeds/atom?q=mali&amp;topic=Gender\">",
                        "<a href=\"/feeds/json?q=mali&amp;topic=Gender\">JSON Feed</a>");
        assertThat(get("/topics/Gender", List.of()).body()).contains("href=\"/feeds/rss?topic=Gender\"");
    }

    private HttpResponse<String> get(String path, List<String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
