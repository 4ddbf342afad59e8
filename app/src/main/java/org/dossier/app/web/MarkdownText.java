package org.dossier.app.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by editors, as safe HTML: CommonMark with any raw HTML in it escaped (shown as text)
 * and link addresses other than http(s) and mailto dropped, then cleaned once more by jsoup against a list
 * of allowed tags — so no script, frame, style or event handler can reach a page.
 */
public final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td")
            .removeProtocols("a", "href", "ftp");

    private MarkdownText() {}

    public static String toHtml(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), ALLOWED);
    }
}
