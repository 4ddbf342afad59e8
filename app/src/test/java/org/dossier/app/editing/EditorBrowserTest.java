package org.dossier.app.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.dossier.app.security.AccountSite;
import org.dossier.app.web.BrowserSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium, an editor signs in, writes a brief with every section through the form — each text field
 * holding a standard XSS payload — attaches a PDF, submits it for review, publishes it, reads it on the site
 * as text (no script runs, no dialog opens), finds it in search, and unpublishes it.
 */
@Tag("browser")
class EditorBrowserTest extends AccountSite {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("f-title", "<script>alert('title')</script> Water & \"Peace\""),
            Map.entry("f-type", "Peace Brief <img src=x onerror=alert('type')>"),
            Map.entry("f-date", "2024-05-02"),
            Map.entry("f-authors", "Aminata <b onmouseover=alert('author')>Diallo</b> | PhD"),
            Map.entry(
                    "f-lede", "Water is scarce <svg onload=alert('lede')>, writes Aminata Diallo in this Peace Brief."),
            Map.entry("f-summary", "\"><script>alert('summary')</script>\nLocal mediation works."),
            Map.entry(
                    "f-body",
                    "<iframe src=\"javascript:alert('body')\"></iframe>\n\n<a href=\"javascript:alert('link')\">click</a>"),
            Map.entry("f-about", "Aminata Diallo '';!--\"<XSS>=&{()} is a researcher."),
            Map.entry("f-disclaimer", "<style>body{display:none}</style>Views are the author's own."),
            Map.entry("f-topics", "<script>alert('topic')</script>, Mediation"),
            Map.entry("f-places", "Mali"),
            Map.entry("f-collection", "<img src=x onerror=alert('collection')>"));

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void anEditorWritesPublishesReadsAndUnpublishesABriefWhoseTextStaysText() throws Exception {
        WebDriver browser = chromium.driver();
        browser.get(url("/edit/new"));
        browser.findElement(By.id("username")).sendKeys("editor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));
        assertThat(browser.getCurrentUrl()).contains("/edit/new");

        FIELDS.forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
        chromium.clickThrough(By.cssSelector("button[value=save]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Draft created.");
        Path pdf = Files.createTempDirectory("dossier-upload").resolve("water-brief.pdf");
        Files.write(pdf, AttachmentTestPdf.of("Water", "Aminata Diallo", "The full brief."));
        browser.findElement(By.id("pdf-file")).sendKeys(pdf.toString());
        chromium.clickThrough(By.xpath("//button[normalize-space()='Attach']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Attached water-brief.pdf (revision 2).");
        chromium.clickThrough(By.cssSelector("button[value=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Submitted for review (revision 3).");
        chromium.clickThrough(By.cssSelector("button[value=publish]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Published (revision 4).");

        chromium.clickThrough(By.linkText("View on the site"));
        noDialog();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FIELDS.get("f-title"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "Water is scarce <svg onload=alert('lede')>, writes Aminata Diallo in this Peace Brief.",
                        "\"><script>alert('summary')</script>",
                        "<iframe src=\"javascript:alert('body')\"></iframe>",
                        "Aminata Diallo '';!--\"<XSS>=&{()} is a researcher.",
                        "<style>body{display:none}</style>Views are the author's own.",
                        "<script>alert('topic')</script>",
                        "Aminata <b onmouseover=alert('author')>Diallo</b>");
        assertThat(
                        browser.findElements(
                                By.cssSelector(
                                        "main script, main iframe, main svg:not(.world):not(.years), main img[src=x], main b, main style")))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector(".pdf-links a")).getText())
                .startsWith("Download the PDF (water-brief.pdf");
        String path = browser.getCurrentUrl().replaceFirst("^http://[^/]+", "");

        browser.get(url("/publications?q=mediation"));
        noDialog();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Water &amp;"));
        assertThat(browser.findElements(By.cssSelector(".result h3")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains(FIELDS.get("f-title"));

        browser.navigate().back();
        browser.get(url("/edit"));
        chromium.clickThrough(By.linkText(FIELDS.get("f-title")));
        chromium.clickThrough(By.cssSelector("button[value=unpublish]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Unpublished (revision 5).");
        browser.get(url(path));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    private void noDialog() {
        WebDriver browser = chromium.driver();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
