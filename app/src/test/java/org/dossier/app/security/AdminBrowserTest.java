package org.dossier.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.dossier.app.web.BrowserSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin signs in with the form in Chromium, adds an editor, sees it listed and audited, and signs out. */
@Tag("browser")
class AdminBrowserTest extends AccountSite {
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void anAdminAddsAnEditorThroughTheForms() {
        WebDriver browser = chromium.driver();
        browser.get(url("/admin/accounts"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));

        assertThat(browser.getCurrentUrl()).contains("/admin/accounts");
        browser.findElement(By.id("new-username")).sendKeys("reporter");
        browser.findElement(By.id("new-name")).sendKeys("Rita Reporter");
        new Select(browser.findElement(By.id("new-role"))).selectByVisibleText("editor");
        browser.findElement(By.id("new-password")).sendKeys("short");
        chromium.clickThrough(By.xpath("//button[text()='Add account']"));
        assertThat(shown(browser, By.id("password-error")).getText())
                .isEqualTo("a password has at least 12 characters");
        assertThat(browser.findElement(By.id("new-name")).getAttribute("value")).isEqualTo("Rita Reporter");

        browser.findElement(By.id("new-password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.xpath("//button[text()='Add account']"));

        assertThat(shown(browser, By.cssSelector("[role=status]")).getText()).isEqualTo("Added reporter (editor).");
        List<String> usernames = browser.findElements(By.cssSelector(".accounts tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(usernames).contains("admin", "reporter");
        chromium.clickThrough(By.linkText("Audit log"));
        assertThat(browser.findElement(By.cssSelector(".accounts tbody tr")).getText())
                .contains("admin account added reporter role editor");
        chromium.clickThrough(By.xpath("//button[text()='Sign out']"));
        assertThat(shown(browser, By.cssSelector("[role=status]")).getText()).isEqualTo("You are signed out.");
    }

    /** An element of the page the last click leads to, once it is there (a busy machine may be slow to load it). */
    private static WebElement shown(WebDriver browser, By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
