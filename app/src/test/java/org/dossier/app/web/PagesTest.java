package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages as HTML: sections in the founding example's order, escaping, errors. */
class PagesTest extends SeededSite {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void showsEverySectionOfTheFoundingExampleInItsOrder() throws Exception {
        String html = get(BRIEF_PATH, 200);

        assertInOrder(
                html,
                "<p class=\"publication-type\">Peace Brief</p>",
                "<h1>Untitled Peace Brief by Nadia Okafor",
                "By: <a href=\"/people/",
                ">Nadia Okafor</a>",
                "Beyond the fight against armed groups in northern Mali lies",
                "<h2 id=\"summary-heading\">Summary</h2>",
                "<li>Security operations in northern Mali have pushed aside",
                "<li>Malians across parties agree that decentralisation",
                "<li>That agreement is fragile",
                "<h2 id=\"about-heading\">About this Brief</h2>",
                "<p>Nadia Okafor studies local government and security",
                "<p class=\"disclaimer\">The views expressed in this brief are the author’s alone and do not represent a position of the Institute, which takes no policy positions.</p>",
                "<h2 id=\"related-heading\">Related Publications</h2>",
                "Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule</a>",
                "<time>Thursday, December 9, 2021</time>",
                ">Lena Achterberg</a>; <a href=",
                ">Samuel Oduya</a>, Ph.D.",
                "After two military takeovers in little more than a year",
                "Type: Analysis and Commentary",
                "<span class=\"why-label\">Why:</span> Chosen by the editors",
                ">Civilian-Military Relations</a>",
                ">Democracy &amp; Governance</a>",
                "Counting Women at the Table: What Ten Peace Talks Show</a>",
                "<time>Thursday, March 11, 2021</time>",
                ">Inés Calderón</a>; <a href=",
                ">Jonas Schädler</a>",
                ">Gender</a>",
                ">Peace Processes</a>",
                "When Training Armies Backfires: Foreign Security Aid in Mali</a>",
                "<time>Monday, September 21, 2020</time>",
                ">Lena Achterberg</a>; <a href=",
                ">Tomás Riedel</a>",
                ">Justice, Security &amp; Rule of Law</a>",
                "<a href=\"/publications\">View All Publications</a>");
    }

    @Test
    void showsImportedMarkupAsText() throws Exception {
        for (String path : List.of(HOSTILE_PATH, "/publications?q=mali", "/publications", "/")) {
            String html = get(path, 200);
            assertThat(html)
                    .as(path)
                    .doesNotContain("<script>alert", "<img src=x", "<iframe", "<svg onload", "<b>bold</b>");
        }
        String page = get(HOSTILE_PATH, 200);
        assertThat(page)
                .contains(
                        "<h1>&lt;script&gt;alert('title')&lt;/script&gt; Peace &amp; \"Security\"</h1>",
                        "<p>&lt;img src=x onerror=alert('lede')&gt; Lede about Mali.</p>",
                        "<p>First &lt;iframe src=javascript:alert('body')&gt;&lt;/iframe&gt; paragraph.</p>",
                        "<p class=\"publication-type\">Commentary &lt;b&gt;bold&lt;/b&gt;</p>",
                        "href=\"/topics/%3Csvg%20onload%3Dalert%28%27topic%27%29%3E\">&lt;svg onload=alert('topic')&gt;</a>");
    }

    @Test
    void listsPublicationsWithFacetsAndTheStateInEveryLink() throws Exception {
        String html = get("/publications?q=mali&type=Analysis+and+Commentary", 200);

        assertThat(html)
                .contains(
                        "Showing 1–3 of 3 publications",
                        "aria-label=\"Remove filter Type: Analysis and Commentary\"",
                        "href=\"/publications?q=mali&amp;type=Analysis+and+Commentary&amp;topic=Gender\"",
                        "<mark>Mali</mark>");
    }

    @Test
    void showsAPersonsPageWithTheirPublications() throws Exception {
        String list = get("/publications?q=author:Achterberg", 200);
        String personPath = list.substring(list.indexOf("/people/"), list.indexOf("\"", list.indexOf("/people/")));

        String html = get(personPath, 200);

        assertThat(html).contains("<h1>Lena Achterberg</h1>", "Showing 1–2 of 2 publications");
    }

    @Test
    void showsTopicPlaceAndHomePages() throws Exception {
        assertThat(get("/topics/Gender", 200)).contains("<h1>Gender</h1>", "Showing 1–1 of 1 publications");
        assertThat(get("/places/sahel", 200)).contains("<h1>Sahel</h1>", "In West Africa.");
        assertThat(get("/", 200)).contains("Latest publications", "Search 5 publications");
    }

    @Test
    void answersWrongAddressesAndParametersWithPages() throws Exception {
        assertThat(get("/publications/1999/01/nothing-here", 404)).contains("<h1>Not found</h1>");
        assertThat(get("/places/ATLANTIS", 404)).contains("No place has the code ATLANTIS");
        assertThat(get("/publications?sort=popular", 400))
                .contains("The sort must be relevance, newest, oldest or title.");
        HttpResponse<String> nowhere = http.send(
                HttpRequest.newBuilder(URI.create(url("/nowhere")))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("<h1>Not found</h1>", "There is no page at this address.");
    }

    @Test
    void sendsAnAddressWithATrailingSlashToTheAddressWithout() throws Exception {
        assertThat(location(BRIEF_PATH + "/")).isEqualTo(BRIEF_PATH);
        assertThat(location("/publications/?q=mali")).isEqualTo("/publications?q=mali");
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(url("//elsewhere.example/")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .headers()
                        .firstValue("Location"))
                .as("never a way to another site")
                .isEmpty();
    }

    @Test
    void hasAFaviconForTheBrowsersTab() throws Exception {
        HttpResponse<byte[]> ico = http.send(
                HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).get().asString().contains("icon");
        assertThat(java.util.Arrays.copyOf(ico.body(), 4)).as("an icon file").containsExactly(0, 0, 1, 0);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ico.body(), 22, ico.body().length - 22))
                        .getWidth())
                .as("the 32-pixel image in it")
                .isEqualTo(32);
        assertThat(get("/", 200)).contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"any\">");
    }

    private String location(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(301);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static void assertInOrder(String html, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = html.indexOf(part, at);
            assertThat(found).as("\"" + part + "\" after position " + at).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }

    private String get(String path, int status) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        return r.body();
    }
}
