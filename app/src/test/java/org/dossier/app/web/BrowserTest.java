package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser: the publication page, a faceted search with the back button, and escaping. */
@Tag("browser")
class BrowserTest extends SeededSite {
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void showsTheBriefsSectionsAndItsThreeCuratedCardsFirst() {
        WebDriver browser = chromium.driver();
        browser.get(url(BRIEF_PATH));

        List<String> headings = texts(By.cssSelector("main h1, main h2:not(.visually-hidden)"));
        assertThat(headings)
                .containsExactly(
                        "Untitled Peace Brief by Nadia Okafor (from peace-brief-mali-decentralisation.txt)",
                        "Summary",
                        "About this Brief",
                        "Related Publications");
        assertThat(texts(By.cssSelector(".summary li"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".disclaimer")).getText())
                .startsWith("The views expressed in this brief are the author’s alone");
        List<WebElement> cards = browser.findElements(By.cssSelector(".related .card"));
        assertThat(cards.size()).isBetween(3, 6);
        assertThat(cards.get(0).getText())
                .contains(
                        "Two Coups Later, Mali’s Neighbours Hold the Key to Civilian Rule",
                        "Thursday, December 9, 2021",
                        "By: Lena Achterberg; Samuel Oduya, Ph.D.",
                        "Type: Analysis and Commentary",
                        "Why: Chosen by the editors",
                        "Civilian-Military Relations",
                        "Democracy & Governance");
        assertThat(cards.get(1).getText()).contains("Counting Women at the Table: What Ten Peace Talks Show");
        assertThat(cards.get(2).getText()).contains("When Training Armies Backfires: Foreign Security Aid in Mali");
        assertThat(cards)
                .allSatisfy(card -> assertThat(
                                card.findElement(By.cssSelector(".card-why")).getText())
                        .startsWith("Why: "));
        assertThat(browser.findElement(By.linkText("View All Publications")).getAttribute("href"))
                .endsWith("/publications");
    }

    @Test
    void narrowsASearchWithAFacetAndComesBackWithTheBackButton() {
        WebDriver browser = chromium.driver();
        browser.get(url("/publications"));
        browser.findElement(By.id("q")).sendKeys("mali");
        browser.findElement(By.cssSelector(".list-search button")).click();
        waitForAddress("/publications?q=mali");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText())
                .isEqualTo("Showing 1–5 of 5 publications");

        browser.findElement(
                        By.xpath("//section[@aria-labelledby='facet-type']//a[contains(., 'Analysis and Commentary')]"))
                .click();
        waitForAddress("/publications?q=mali&type=Analysis+and+Commentary");

        assertThat(browser.getCurrentUrl()).endsWith("/publications?q=mali&type=Analysis+and+Commentary");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText())
                .isEqualTo("Showing 1–3 of 3 publications");
        assertThat(texts(By.cssSelector(".chips a"))).contains("Type: Analysis and Commentary ×");
        assertThat(texts(By.cssSelector(".result h3"))).allMatch(t -> !t.startsWith("Untitled"));

        browser.navigate().back();

        waitForAddress("/publications?q=mali");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText())
                .isEqualTo("Showing 1–5 of 5 publications");
    }

    /** Waits until the browser has loaded the page at this address (a click or back returns before it has). */
    private void waitForAddress(String pathAndQuery) {
        WebDriver browser = chromium.driver();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(pathAndQuery)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void suggestsAPersonAsTheReaderTypesAndGoesToTheirPage() {
        WebDriver browser = chromium.driver();
        browser.get(url("/publications"));
        browser.findElement(By.id("q")).sendKeys("lena a");

        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#q-suggestions [role=option]")).stream()
                        .filter(o -> o.getText().equals("PERSON Lena Achterberg"))
                        .findFirst()
                        .orElse(null));
        assertThat(browser.findElement(By.id("q")).getAttribute("aria-expanded"))
                .isEqualTo("true");
        option.click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/people/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lena Achterberg");
    }

    @Test
    void givesEveryPageLandmarksOneMainHeadingAndLabelledFields() {
        WebDriver browser = chromium.driver();
        for (String path : List.of("/", "/publications?q=mali", BRIEF_PATH, "/topics/Gender", "/places/sahel")) {
            browser.get(url(path));

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .as(path)
                    .isEqualTo("en");
            assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
            for (String landmark : List.of("header", "nav", "main", "footer")) {
                assertThat(browser.findElements(By.tagName(landmark)))
                        .as(path + " " + landmark)
                        .isNotEmpty();
            }
            for (WebElement field : browser.findElements(By.cssSelector("input:not([type=hidden])"))) {
                String id = field.getAttribute("id");
                assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
                        .as(path + " label for " + id)
                        .hasSize(1);
            }
        }
    }

    @Test
    void runsNoScriptFromImportedText() {
        WebDriver browser = chromium.driver();
        browser.get(url(HOSTILE_PATH));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.get(url("/publications?q=mali"));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void breaksNoRuleOfTheContentSecurityPolicyOnAnyPage() {
        WebDriver browser = chromium.driver();
        browser.manage().logs().get(LogType.BROWSER);
        for (String path : List.of("/", "/publications?q=mali", BRIEF_PATH, HOSTILE_PATH, "/login")) {
            browser.get(url(path));
        }
        browser.get(url("/publications"));
        browser.findElement(By.id("q")).sendKeys("lena a");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#q-suggestions [role=option]"))
                        .isEmpty());

        ((JavascriptExecutor) browser).executeScript("console.error('the console is read')");

        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
        assertThat(console)
                .anyMatch(m -> m.contains("the console is read"))
                .noneMatch(m -> m.contains("Content Security Policy"));
    }

    private List<String> texts(By selector) {
        WebDriver browser = chromium.driver();
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }
}
