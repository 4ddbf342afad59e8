package org.dossier.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dossier.app.web.Axe;
import org.dossier.app.web.BrowserSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map and the timeline as Chromium draws them: a picture that is really there, and links that work by keyboard. */
@Tag("browser")
class GlanceBrowserTest extends GlanceSite {
    private static final int ACCENT = 0x0b4f8a;
    private static final int LAND = 0xe3e6ea;

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void theMapIsDrawnWithItsLandAndMaliShadedInTheAccentColour() throws IOException {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/publications?type=Peace+Brief"));
        WebElement map = browser.findElement(By.cssSelector(".world"));

        BufferedImage picture = screenshot(map);
        assertThat(share(picture, LAND, 6))
                .as("the map's countries with no publication, in light grey")
                .isGreaterThan(0.15);
        assertThat(share(picture, 0xffffff, 0)).as("the sea").isGreaterThan(0.3);
        int[] mali = centre(browser, map, ".world a[aria-label^=\"Mali:\"] path");
        assertThat(near(picture.getRGB(mali[0], mali[1]), ACCENT, 8))
                .as(
                        "Mali, the most published on, in the full accent colour: #%06x",
                        picture.getRGB(mali[0], mali[1]) & 0xffffff)
                .isTrue();
    }

    @Test
    void theTimelinesBarsAreDrawnInTheirTypesColoursAndAYearIsChosenByKeyboard() throws IOException {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/publications?country=MLI"));
        WebElement timeline = browser.findElement(By.cssSelector(".years"));

        BufferedImage picture = screenshot(timeline);
        assertThat(share(picture, ACCENT, 8)).as("Peace Brief bars").isGreaterThan(0.01);
        assertThat(share(picture, 0xc5631b, 8)).as("the second type's bars").isGreaterThan(0.005);

        WebElement year2015 = browser.findElement(By.cssSelector(".years a[aria-label^='2015']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", year2015);
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label"))
                .startsWith("2015: 2 publications");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("year="));
        assertThat(browser.getCurrentUrl()).endsWith("/publications?country=MLI&year=2015");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText())
                .isEqualTo("Showing 1–2 of 2 publications");
    }

    @Test
    void aCountryIsReachedWithTheTabKeyAndOpensItsList() {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/"));
        WebElement body = browser.findElement(By.tagName("body"));
        for (int i = 0; i < 60; i++) {
            body.sendKeys(Keys.TAB);
            String label = browser.switchTo().activeElement().getAttribute("aria-label");
            if (label != null && label.startsWith("Mali:")) {
                break;
            }
            body = browser.switchTo().activeElement();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("aria-label"))
                .isEqualTo("Mali: 5 publications");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("country=MLI"));
        assertThat(browser.getCurrentUrl()).endsWith("/publications?country=MLI");
    }

    @Test
    void axeFindsNothingWrongOnTheHomeAndListPagesAtBothWidths() {
        WebDriver browser = chromium.driver();
        for (int width : List.of(1280, 390)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : List.of("/", "/publications?country=MLI", "/places/sahel")) {
                browser.get(url(path));
                assertThat(Axe.violations(browser))
                        .as("%s at %d px", path, width)
                        .isEmpty();
            }
        }
    }

    private static BufferedImage screenshot(WebElement element) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
    }

    /** The middle of an element within the screenshot of {@code frame}, in the screenshot's pixels. */
    @SuppressWarnings("unchecked")
    private static int[] centre(WebDriver browser, WebElement frame, String selector) {
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) browser)
                .executeScript(
                        "const f = arguments[0].getBoundingClientRect();"
                                + "const e = document.querySelector(arguments[1]).getBoundingClientRect();"
                                + "return {x: (e.left + e.width / 2 - f.left) * devicePixelRatio,"
                                + " y: (e.top + e.height / 2 - f.top) * devicePixelRatio};",
                        frame,
                        selector);
        return new int[] {at.get("x").intValue(), at.get("y").intValue()};
    }

    /** The share of the picture's pixels within {@code tolerance} of a colour on each channel. */
    private static double share(BufferedImage picture, int rgb, int tolerance) {
        long matching = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (near(picture.getRGB(x, y), rgb, tolerance)) {
                    matching++;
                }
            }
        }
        return (double) matching / ((long) picture.getWidth() * picture.getHeight());
    }

    private static boolean near(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
