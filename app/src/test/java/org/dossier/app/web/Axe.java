package org.dossier.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.Prerequisites;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core (from the test validators' npm packages) run in the page the browser shows: the WCAG 2 A and AA
 * rules and best practices. Injected through the driver, which the page's script policy does not restrict.
 */
public final class Axe {
    private static final Path SCRIPT = Path.of("src", "test", "validators", "node_modules", "axe-core", "axe.min.js");

    private Axe() {}

    /** Each violation as "rule: help (target, …)"; none means axe found nothing wrong. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        Prerequisites.require(
                Files.isRegularFile(SCRIPT),
                "axe-core is not installed: run `npm ci --prefix app/src/test/validators`, as .ci/run does");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(read());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ('"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return new ArrayList<>((List<String>) result);
    }

    private static String read() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
