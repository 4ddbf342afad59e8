package org.dossier.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.dossier.app.web.Axe;
import org.dossier.app.web.BrowserSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An admin gives the site the institute's look (logo, accent colour, featured publication) on the settings page;
 * the public pages show it at 1280 and 390 pixels wide, with nothing axe objects to. The screenshots are kept in
 * target/screenshots.
 */
@Tag("browser")
@TestPropertySource(properties = "dossier.site.name=Sahel Security Institute")
class InstituteLookTest extends GlanceSite {
    private static final String PASSWORD = "a long enough passphrase";
    private static final String PLUM = "#7a1f5c";

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @BeforeAll
    void admin(@Autowired AccountManager accounts) {
        accounts.add(new NewAccount("look-admin", null, Role.ADMIN, PASSWORD), "test");
    }

    @Test
    void anAdminSetsTheLogoAccentAndFeatureAndEveryPublicPageShowsThem() throws Exception {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/admin/settings"));
        browser.findElement(By.id("username")).sendKeys("look-admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickThrough(By.cssSelector("form.stacked-form button"));

        set(browser, "s-accentColour", "#9fd3ff");
        chromium.clickThrough(By.xpath("//button[text()='Save']"));
        assertThat(browser.findElement(By.id("s-accentColour-error")).getText())
                .isEqualTo("too light for links on white: its contrast is 1.6:1, it must be at least 4.5:1");

        set(browser, "s-accentColour", PLUM);
        set(browser, "s-featured", "/publications/2015/11/mali-2015-b");
        chromium.clickThrough(By.xpath("//button[text()='Save']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Saved: accent colour, featured publication.");

        browser.findElement(By.id("s-logo")).sendKeys(logo().toString());
        chromium.clickThrough(By.xpath("//button[text()='Upload the logo']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Saved: logo.");
        assertThat(browser.findElement(By.cssSelector(".logo-preview")).getAttribute("src"))
                .contains("/site/logo?v=");

        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".feature-title")).getText())
                .isEqualTo("Glance fixture mali 2015 b");
        assertThat(browser.findElements(By.cssSelector(".cards .card")))
                .as("the latest others fill the rows: six, none of them the featured one")
                .hasSize(6)
                .noneMatch(card -> card.getText().contains("mali 2015 b"));
        assertThat(browser.findElement(By.cssSelector(".site-header a.brand")).getCssValue("color"))
                .isEqualTo("rgba(27, 31, 36, 1)");
        assertThat(browser.findElement(By.cssSelector("main a")).getCssValue("color"))
                .as("links in the accent colour")
                .isEqualTo("rgba(122, 31, 92, 1)");
        assertThat(
                        (String)
                                ((JavascriptExecutor) browser)
                                        .executeScript(
                                                "return getComputedStyle(document.querySelector('.brand'), '::before').backgroundImage"))
                .contains("/site/logo?v=");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family"))
                .isEqualTo(browser.findElement(By.cssSelector("main p")).getCssValue("font-family"))
                .isEqualTo(browser.findElement(By.cssSelector("h1")).getCssValue("font-family"));

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : List.of(1280, 390)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String[] page : List.of(
                    new String[] {"home", "/"},
                    new String[] {"list", "/publications?country=MLI"},
                    new String[] {"publication", "/publications/2015/11/mali-2015-b"})) {
                browser.get(url(page[1]));
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.tagName("main")).isDisplayed());
                assertThat(Axe.violations(browser))
                        .as("%s at %d px", page[1], width)
                        .isEmpty();
                assertThat(rows(browser))
                        .as("the card rows of %s at %d px: full, every card as wide as the others", page[1], width)
                        .allSatisfy(row -> assertThat(row).hasSize(width == 1280 ? 3 : 1));
                Files.write(
                        shots.resolve(page[0] + "-" + width + ".png"),
                        fullPage(browser).getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(Files.size(shots.resolve("home-390.png"))).isGreaterThan(10_000);
    }

    @Test
    void aFileThatIsNoImageIsNotTakenAsTheLogo() throws Exception {
        WebDriver browser = chromium.driver();
        browser.get(url("/admin/settings"));
        if (browser.getCurrentUrl().endsWith("/login")) {
            browser.findElement(By.id("username")).sendKeys("look-admin");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            chromium.clickThrough(By.cssSelector("form.stacked-form button"));
        }
        Path notAnImage = Files.createTempFile("logo", ".png");
        Files.writeString(notAnImage, "<html><script>alert(1)</script></html>");
        browser.findElement(By.id("s-logo")).sendKeys(notAnImage.toString());
        chromium.clickThrough(By.xpath("//button[text()='Upload the logo']"));
        assertThat(browser.findElement(By.cssSelector(".form-error")).getText())
                .isEqualTo("The logo must be a PNG, JPEG, WebP or SVG image.");
    }

    /** The widths of the cards on the page, row by row (cards whose tops are level share a row). */
    private static java.util.Collection<List<Long>> rows(WebDriver browser) {
        java.util.Map<Integer, List<Long>> rows = new java.util.TreeMap<>();
        for (WebElement card : browser.findElements(By.cssSelector(".cards .card"))) {
            rows.computeIfAbsent(card.getRect().getY(), y -> new java.util.ArrayList<>())
                    .add((long) card.getRect().getWidth());
        }
        rows.values()
                .forEach(row -> assertThat(row).as("widths in a row").allMatch(w -> Math.abs(w - row.get(0)) <= 1));
        return rows.values();
    }

    private static void set(WebDriver browser, String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The whole page, as tall as it is, for the screenshot. */
    private static TakesScreenshot fullPage(WebDriver browser) {
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
        return (TakesScreenshot) browser;
    }

    /** A square logo: a plum disc on white, as a PNG. */
    private static Path logo() throws Exception {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7a1f5c));
        g.fillOval(4, 4, 88, 88);
        g.setColor(Color.WHITE);
        g.fillRect(40, 20, 16, 56);
        g.dispose();
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
