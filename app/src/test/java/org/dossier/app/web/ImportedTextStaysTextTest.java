package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.Importer;
import org.dossier.ingest.jsonl.JsonLinesReader;
import org.dossier.publication.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Dossier JSON Lines record with a standard XSS payload in every text field an import can fill, shown in
 * Chromium on every page that shows those fields: the publication, a search, its topic, its author, its
 * collection, its series and the publication that supersedes it. No script runs, no dialog opens, no element is injected; the payloads read as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class ImportedTextStaysTextTest {
    private static final String RECORD = """
            {"id":"XSS1","title":"Import <script>alert('title')</script>","type":"Brief <img src=x onerror=alert('type')>",\
            "date":"2024-05-02","language":"en","lede":"Lede <svg onload=alert('lede')>",\
            "summary":["\\"><script>alert('summary')</script>"],"body":"<iframe src=\\"javascript:alert('body')\\"></iframe>",\
            "about":"About <b onmouseover=alert('about')>bold</b>","disclaimer":"<style>body{display:none}</style>Disclaimer",\
            "authors":[{"name":"Ana <script>alert('author')</script>","credentials":"<i>PhD</i>","affiliation":"<u>Inst</u>",\
            "bio":"<img src=x onerror=alert('bio')>","role":"<marquee>Role</marquee>"}],\
            "topics":["<svg onload=alert('topic')>"],"collection":"<img src=x onerror=alert('collection')>",\
            "attributes":{"<b>key</b>":"<script>alert('attribute')</script>"},"source_url":"javascript:alert('source')",\
            "series":"<img src=x onerror=alert('series')>","series_number":"7"}
            {"id":"XSS2","title":"Newer <script>alert('newer')</script>","type":"Brief","date":"2024-06-02","language":"en",\
            "relations":{"supersedes":["XSS1"]}}
            """;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        String data = Files.createTempDirectory("dossier-xss-import-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    void importTheRecord(@Autowired Importer importer) throws Exception {
        Path file = Files.createTempFile("hostile", ".jsonl");
        Files.writeString(file, RECORD);
        try (JsonLinesReader reader = new JsonLinesReader(file)) {
            importer.run(reader, true, ImportListener.SILENT);
        }
    }

    @Test
    void showsEveryImportedFieldAsTextOnEveryPageThatShowsIt() {
        WebDriver browser = chromium.driver();
        Publication p = catalog.find("XSS1").orElseThrow();
        String person = p.authors().get(0).person().id();
        List<String> pages = List.of(
                p.path(),
                "/publications?q=import",
                "/topics/" + enc(p.topics().get(0)),
                "/people/" + person,
                "/collections/" + enc(p.collection()),
                "/series/" + enc(p.series()),
                catalog.find("XSS2").orElseThrow().path());
        for (String path : pages) {
            browser.get("http://localhost:" + port + path);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("Import"));
            assertThatThrownBy(() -> browser.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.findElements(By.cssSelector(
                            "main script, main iframe, main svg:not(.world):not(.years), main img[src=x], main b, main i, "
                                    + "main u, main marquee, main style, main a[href^=javascript]")))
                    .as(path)
                    .isEmpty();
        }
        browser.get("http://localhost:" + port + p.path());
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        "Import <script>alert('title')</script>",
                        "Lede <svg onload=alert('lede')>",
                        "\"><script>alert('summary')</script>",
                        "<iframe src=\"javascript:alert('body')\"></iframe>",
                        "About <b onmouseover=alert('about')>bold</b>",
                        "<style>body{display:none}</style>Disclaimer",
                        "Ana <script>alert('author')</script>",
                        "<i>PhD</i>",
                        "<svg onload=alert('topic')>",
                        "<script>alert('attribute')</script>",
                        "<img src=x onerror=alert('series')>",
                        "Newer <script>alert('newer')</script>");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
