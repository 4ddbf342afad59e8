package org.dossier.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MapAndTimelineTest extends GlanceSite {
    private static final Pattern YEAR_TOTAL = Pattern.compile("^(\\d{4}): (\\d+) publications?");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMapShowsMaliWithItsCountForTheCurrentFiltersAndLinksToTheFilteredList() throws Exception {
        Document briefs = page("/publications?type=Peace+Brief");

        Element mali = briefs.selectFirst(".world a[aria-label^=Mali:]");
        assertThat(mali.attr("aria-label")).isEqualTo("Mali: 3 publications");
        assertThat(mali.attr("href")).isEqualTo("/publications?type=Peace+Brief&country=MLI");
        assertThat(mali.selectFirst("title").text()).isEqualTo("Mali: 3 publications");
        assertThat(briefs.selectFirst(".world a[aria-label^=Niger:]").attr("aria-label"))
                .isEqualTo("Niger: 2 publications");
        assertThat(briefs.select(".world a[aria-label^=Kenya:]"))
                .as("a country with none of the list's publications is drawn, not linked")
                .isEmpty();
        assertThat(briefs.select(".world path:has(title:containsOwn(Kenya: 0 publications))"))
                .hasSize(1);

        Document followed = page(mali.attr("href"));
        assertThat(followed.selectFirst(".result-count").text()).isEqualTo("Showing 1–3 of 3 publications");
        assertThat(followed.selectFirst(".world a[aria-label^=Mali:] path").classNames())
                .contains("selected");
        assertThat(followed.selectFirst(".world a[aria-label^=Niger:] path").classNames())
                .as("a country one could add to the selection, drawn fainter")
                .contains("unselected");
    }

    @Test
    void theTimelinesBarsAddUpToTheListsTotalAndEachYearLinksToItsPublications() throws Exception {
        for (String list : List.of(
                "/publications",
                "/publications?country=MLI&type=Peace+Brief",
                "/places/MLI",
                "/publications?q=fixture")) {
            Document page = page(list);
            long total = Long.parseLong(page.selectFirst(".result-count")
                    .text()
                    .replaceAll(".* of ([\\d,]+) publications?", "$1")
                    .replace(",", ""));
            assertThat(yearTotals(page).stream().mapToLong(Long::longValue).sum())
                    .as("bars of %s", list)
                    .isEqualTo(total);
        }
        Document mali = page("/publications?country=MLI&type=Peace+Brief");
        assertThat(mali.select(".years a").eachAttr("aria-label"))
                .containsExactly("2013: 2 publications (Peace Brief 2)", "2015: 1 publication (Peace Brief 1)");
        assertThat(mali.selectFirst(".years a[aria-label^=2013]").attr("href"))
                .isEqualTo("/publications?type=Peace+Brief&country=MLI&year=2013");
        assertThat(mali.select(".glance-timeline table tbody tr").eachText())
                .containsExactly("2013 2 0 2", "2014 0 0 0", "2015 1 0 1");
    }

    @Test
    void theTimelineSplitsEachYearByTypeOrByLanguageWithTheRestAsOther() throws Exception {
        Document byType = page("/publications?country=MLI");
        assertThat(byType.select(".years a[aria-label^=2015]").attr("aria-label"))
                .isEqualTo("2015: 2 publications (Peace Brief 1, Special Report 1)");
        assertThat(byType.select(".glance-timeline .legend li").eachText())
                .containsExactly("Peace Brief", "Commentary", "Special Report");

        Document byLanguage = page("/publications?country=MLI&stack=language");
        assertThat(byLanguage.select(".years a[aria-label^=2016]").attr("aria-label"))
                .isEqualTo("2016: 1 publication (French 1)");
        assertThat(byLanguage.selectFirst(".glance-split strong").text()).isEqualTo("Language");
        assertThat(byLanguage.selectFirst(".years a[aria-label^=2013]").attr("href"))
                .as("a year's link keeps the split")
                .isEqualTo("/publications?country=MLI&year=2013&stack=language");
        assertThat(get("/publications?stack=author").statusCode()).isEqualTo(400);
        assertThat(get("/publications?stack=author").body()).contains("stack must be type, language or series");
    }

    @Test
    void aRegionsCountriesAreHighlightedOnItsPageAndItsLinkOutlinesThemOnTheMap() throws Exception {
        Document sahel = page("/places/sahel");

        assertThat(sahel.selectFirst(".world a[aria-label^=Mali:] path").classNames())
                .contains("in-selected-region", "in-sahel");
        assertThat(sahel.selectFirst(".world path:has(title:containsOwn(Kenya))")
                        .classNames())
                .doesNotContain("in-selected-region");
        Document all = page("/publications");
        assertThat(all.select(".glance-regions a[data-region=sahel]").text()).isEqualTo("Sahel (7)");
        assertThat(get("/site.css").body())
                .contains(".glance-map:has([data-region=\"sahel\"]:is(:hover,:focus)) .in-sahel {");
    }

    @Test
    void theMapAndTimelineHaveTablesForReadersWhoDoNotSeeThem() throws Exception {
        Document page = page("/");

        assertThat(page.select(".glance-map table tbody tr").eachText())
                .containsExactly("Mali 5", "Niger 2", "Kenya 1");
        assertThat(page.selectFirst(".glance-map table a").attr("href")).isEqualTo("/publications?country=MLI");
        assertThat(page.select(".glance-timeline thead th").eachText())
                .containsExactly("Year", "Peace Brief", "Special Report", "Commentary", "Other", "All");
        assertThat(page.select(".world").attr("aria-labelledby")).isEqualTo("map-caption");
        assertThat(page.selectFirst("#map-caption").text()).startsWith("Where: 9 publications by country.");
    }

    @Test
    void theApiGivesTheSameFigures() throws Exception {
        JsonNode overview = JsonMapper.builder()
                .build()
                .readTree(get("/api/overview?type=Peace+Brief").body());

        assertThat(overview.get("total").asLong()).isEqualTo(6);
        assertThat(overview.get("countries").toString())
                .contains("{\"code\":\"MLI\",\"name\":\"Mali\",\"count\":3,\"selected\":false}");
        long years = 0;
        for (JsonNode year : overview.get("timeline").get("years")) {
            years += year.get("total").asLong();
        }
        assertThat(years).isEqualTo(6);
        assertThat(overview.get("timeline").get("stacked_by").asString()).isEqualTo("type");
        assertThat(get("/api/overview?stack=topic").statusCode()).isEqualTo(400);
    }

    private static List<Long> yearTotals(Document page) {
        List<Long> totals = new ArrayList<>();
        for (Element bar : page.select(".years a")) {
            Matcher m = YEAR_TOTAL.matcher(bar.attr("aria-label"));
            assertThat(m.find()).as(bar.attr("aria-label")).isTrue();
            totals.add(Long.parseLong(m.group(2)));
        }
        return totals;
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
