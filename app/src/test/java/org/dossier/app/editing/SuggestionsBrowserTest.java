package org.dossier.app.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.app.enrich.Enrichment;
import org.dossier.app.security.AccountSite;
import org.dossier.app.web.Axe;
import org.dossier.app.web.BrowserSession;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor finds a publication on the review page and answers its suggestions on the edit form, in Chromium. */
@Tag("browser")
class SuggestionsBrowserTest extends AccountSite {
    private static final String ID = "enrich-browser";

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void anEditorAcceptsTheSuggestedCountryRejectsAPointAndTheRejectedOneDoesNotComeBack(
            @Autowired Catalog catalog, @Autowired Enrichment enrichment) {
        Publication untagged = Publication.builder()
                .id(ID)
                .slug("lake-basin-councils")
                .title("Councils Around the Lake: Local Government in Malawi")
                .type("Peace Brief")
                .date(PublicationDate.parse("2019-04"))
                .status(Status.DRAFT)
                .body("Malawian officials in Lilongwe say the councils of the lake shore have had no budgets since "
                        + "the floods reached the islands.\n\nIn Malawi, councils were promised revenue by a law "
                        + "that was passed and never applied anywhere in the country.\n\nDonors fund the army and "
                        + "the elections but seldom the councils that those elections produce in Malawi.\n\nWithout a "
                        + "budget a council cannot keep a school open or a pump working for the fishing villages.")
                .sourceId("test:enrich-browser")
                .build();
        catalog.write(List.of(List.of(Incoming.whole(untagged))));
        enrichment.begin().enrich(catalog.find(ID).orElseThrow());

        WebDriver browser = chromium.driver();
        browser.get(url("/edit/" + ID));
        browser.findElement(By.id("username")).sendKeys("editor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));

        browser.get(url("/edit/suggestions"));
        assertThat(browser.findElements(By.cssSelector("section.queued h2 a")))
                .extracting(WebElement::getText)
                .contains("Councils Around the Lake: Local Government in Malawi");
        assertThat(Axe.violations(browser)).as("the review page").isEmpty();
        browser.get(url("/edit/" + ID));
        assertThat(Axe.violations(browser)).as("the edit form").isEmpty();

        List<WebElement> chips = browser.findElements(By.cssSelector(".suggestion-chips li"));
        assertThat(chips.get(0).getText())
                .startsWith(
                        "PLACE Malawi with East Africa, Sub-Saharan Africa, Africa Malawi ×3, Malawian ×1, Lilongwe ×1");
        assertThat(chips).hasSize(3);
        chromium.clickThrough(By.xpath("//li[contains(., 'Malawian')]//button[@value='accept']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .startsWith("Accepted the suggested place Malawi (Malawi ×3, Malawian ×1, Lilongwe ×1)");
        String point = browser.findElement(By.cssSelector(".suggestion-chips li strong"))
                .getText();
        chromium.clickThrough(By.xpath("(//ul[contains(@class, 'suggestion-chips')]/li//button[@value='reject'])[1]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .startsWith("Rejected: summary point");

        enrichment.begin().enrich(catalog.find(ID).orElseThrow());
        browser.get(url("/edit/" + ID));
        assertThat(browser.findElements(By.cssSelector(".suggestion-chips li strong")))
                .extracting(WebElement::getText)
                .hasSize(1)
                .doesNotContain(point, "Malawi");
        assertThat(catalog.find(ID).orElseThrow().places()).containsExactly("MWI");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
