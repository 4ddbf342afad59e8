package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Editors' Markdown becomes HTML with its structure, and nothing that could run. */
class MarkdownTextTest {

    @Test
    void rendersHeadingsEmphasisListsAndLinks() {
        String html = MarkdownText.toHtml(
                "## Findings\n\n**Water** is *scarce*.\n\n- one\n- two\n\n[USIP](https://www.usip.org/)");

        assertThat(html)
                .contains(
                        "<h2>Findings</h2>",
                        "<strong>Water</strong>",
                        "<em>scarce</em>",
                        "<li>one</li>",
                        "<a href=\"https://www.usip.org/\" rel=\"nofollow\">USIP</a>");
    }

    @Test
    void showsRawHtmlAsTextAndDropsScriptAddresses() {
        String html = MarkdownText.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) ![i](javascript:alert(4)) <a href=\"javascript:alert(5)\">a</a>");

        assertThat(html)
                .doesNotContain("<script", "<img", "<a href=\"javascript")
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "&lt;img src=x onerror=alert(2)&gt;",
                        "<a rel=\"nofollow\">click</a>",
                        "&lt;a href=\"javascript:alert(5)\"&gt;a&lt;/a&gt;");
    }
}
