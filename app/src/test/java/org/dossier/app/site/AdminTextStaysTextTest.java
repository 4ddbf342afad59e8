package org.dossier.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.dossier.app.security.SignedIn;
import org.dossier.app.web.BrowserSession;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.PublicationDate;
import org.dossier.publication.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What admins write that readers see — the site's name and publisher, a place's name, a topic's description
 * — with a standard XSS payload in each, shown in Chromium on the pages that show them (and the admin pages):
 * no dialog opens, no element is injected, the payloads read as text.
 */
@Tag("browser")
class AdminTextStaysTextTest extends AccountSite {
    private static final String SITE = "Site <script>alert('site')</script>";
    private static final String PUBLISHER = "<img src=x onerror=alert('publisher')>";
    private static final String PLACE = "Region <svg onload=alert('place')>";
    private static final String DESCRIPTION = "<iframe src=\"javascript:alert('description')\"></iframe>";

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Autowired
    Catalog catalog;

    @Test
    void showsWhatAdminsWroteAsTextOnEveryPageThatShowsIt() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        admin.postForm("/admin/settings", Map.of("name", SITE, "publisher", PUBLISHER), true);
        admin.postForm(
                "/admin/taxonomy/place",
                Map.of("code", "xss-region", "name", PLACE, "kind", "region", "aliases", PLACE + " (old)"),
                true);
        WriteResult.Written w = (WriteResult.Written) catalog.write(List.of(List.of(Incoming.whole(Publication.builder()
                        .status(Status.PUBLISHED)
                        .title("Hostile names")
                        .topics(List.of("Hostile topic"))
                        .places(List.of("xss-region"))
                        .date(PublicationDate.parse("2024-06-01"))
                        .sourceId("test:hostile-names")
                        .build()))))
                .get(0);
        admin.postForm(
                "/admin/taxonomy/topic/describe", Map.of("name", "Hostile topic", "description", DESCRIPTION), true);
        Publication p = catalog.find(w.changes().get(0).publicationId()).orElseThrow();
        WebDriver browser = chromium.driver();
        signIn(browser);

        for (String path : List.of(
                p.path(),
                "/places/xss-region",
                "/topics/Hostile%20topic",
                "/publications?region=xss-region",
                "/admin/settings",
                "/admin/taxonomy/place",
                "/admin/taxonomy/place/xss-region",
                "/admin/taxonomy/topic")) {
            browser.get(url(path));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.tagName("main")).getText().length() > 0);
            assertThatThrownBy(() -> browser.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
            assertThat(
                            browser.findElements(
                                    By.cssSelector(
                                            "script:not([src]):not([type='application/ld+json']), svg:not(.world):not(.years), img[src=x], iframe")))
                    .as(path)
                    .isEmpty();
            assertThat(browser.findElement(By.cssSelector(".brand")).getText())
                    .as(path)
                    .isEqualTo(SITE);
        }
        browser.get(url(p.path()));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(PLACE);
        assertThat(browser.findElement(By.cssSelector("meta[name=citation_publisher]"))
                        .getAttribute("content"))
                .isEqualTo(PUBLISHER);
        browser.get(url("/topics/Hostile%20topic"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(DESCRIPTION);
    }

    @AfterEach
    void backToTheDefaults() throws Exception {
        SignedIn admin = as(Role.ADMIN);
        admin.postForm("/admin/settings", Map.of("name", "Dossier"), true);
        admin.get("/admin/settings");
    }

    private void signIn(WebDriver browser) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
