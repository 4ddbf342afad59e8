package org.dossier.app.web;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium for the tests of a class: opened before the first, quit after the last. Register it as a
 * field ({@code @RegisterExtension final BrowserSession chromium = new BrowserSession();}).
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        driver = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Clicks what leads to another page (a link, a form's button) and waits until that page has replaced
     * this one: reading right after a click may otherwise read the old page, or none, on a busy machine.
     */
    public void clickThrough(By target) {
        WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(current));
    }
}
