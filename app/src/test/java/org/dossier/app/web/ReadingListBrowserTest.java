package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.dossier.app.search.OutboxIndexer;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, an editor starts a reading list, adds five publications picked by typing their titles, each with a
 * note, and shares it; a reader then finds it, reads the notes and exports its references as RIS.
 */
@Tag("browser")
class ReadingListBrowserTest extends AccountSite {
    private static final String LIST_TITLE = "The Lake Chad basin in five readings <script>alert('title')</script>";
    private static final List<String> TITLES = List.of(
            "Fishers on the Shrinking Lake",
            "Defectors Coming Home to Borno",
            "Mobile Courts in Maiduguri",
            "Cattle Corridors Across the Chari",
            "Refugees at Minawao Camp");

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @BeforeAll
    void fivePublications(@Autowired Catalog catalog, @Autowired OutboxIndexer indexer) {
        for (int i = 0; i < TITLES.size(); i++) {
            catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                    .id("lake-chad-" + i)
                    .title(TITLES.get(i))
                    .type("Analysis")
                    .date(PublicationDate.parse("2022-0" + (i + 1) + "-15"))
                    .status(Status.PUBLISHED)
                    .body("On the Lake Chad basin.")
                    .build()))));
        }
        indexer.catchUp();
    }

    @Test
    void anEditorBuildsAListOfFiveWithNotesSharesItAndAReaderExportsItAsRis() throws Exception {
        WebDriver browser = chromium.driver();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("editor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));
        browser.get(url("/lists"));
        browser.findElement(By.id("list-title")).sendKeys(LIST_TITLE);
        browser.findElement(By.id("list-introduction")).sendKeys("Start with *the lake* itself.");
        chromium.clickThrough(By.xpath("//button[normalize-space()='Start the list']"));

        for (int i = 0; i < TITLES.size(); i++) {
            String title = TITLES.get(i);
            WebElement box = browser.findElement(By.id("add-publication"));
            box.sendKeys(title.substring(0, 12));
            WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector("#add-publication-suggestions [role=option]")).stream()
                            .filter(o -> o.isDisplayed() && o.getText().contains(title))
                            .findFirst()
                            .orElse(null));
            option.click();
            assertThat(box.getAttribute("value")).startsWith("/publications/2022/0" + (i + 1) + "/");
            browser.findElement(By.id("add-note")).sendKeys(note(i));
            chromium.clickThrough(By.cssSelector("button[value=add]"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Saved as version " + (i + 2) + ".");
        }
        chromium.clickThrough(By.xpath("//button[normalize-space()='Share it with readers']"));
        String path = browser.getCurrentUrl().replaceFirst("^http://[^/]+", "");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("main script, main img[src=x]")))
                .as("the title and notes stay text")
                .isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(LIST_TITLE);

        SignedIn reader = SignedIn.anonymous(port);
        assertThat(reader.get("/lists").body()).contains("The Lake Chad basin in five readings");
        String page = reader.get(path).body();
        assertThat(org.jsoup.Jsoup.parse(page).select(".list-note").eachText())
                .containsExactly(
                        "Read it for reason 1.",
                        "Read it for reason 2.",
                        "Read it for reason 3.",
                        "Read it for reason 4.",
                        note(4));
        String ris =
                org.jsoup.Jsoup.parse(page).select("a[href$=citations.ris]").attr("href");
        List<RISReference> references =
                new RISParser().parse(new StringReader(reader.get(ris).body())).getReferences();
        assertThat(references).extracting(RISReference::getTitle).containsExactlyElementsOf(TITLES);
    }

    private static String note(int i) {
        return "Read it for reason " + (i + 1) + "." + (i == 4 ? " <img src=x onerror=alert('note')>" : "");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
