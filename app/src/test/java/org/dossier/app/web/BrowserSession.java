package org.dossier.app.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

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
}
