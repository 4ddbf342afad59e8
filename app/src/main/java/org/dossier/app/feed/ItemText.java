package org.dossier.app.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.dossier.app.shared.Dates;
import org.dossier.publication.Publication;

/**
 * What a feed item says of a publication, as plain text: its lede and Summary; else the start of its text;
 * else what is known of it (type, date, places, collection, short attributes), as PA-X agreements have no
 * text of their own. Never empty, since JSON Feed requires content of every item.
 */
final class ItemText {
    private static final int EXCERPT = 600;
    private static final int SHORT_ATTRIBUTE = 200;
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder().build();

    private ItemText() {}

    static String content(Publication p, Function<String, String> placeName) {
        List<String> parts = new ArrayList<>();
        if (p.lede() != null) {
            parts.add(p.lede());
        }
        p.summary().forEach(point -> parts.add("• " + point));
        if (parts.isEmpty() && p.body() != null) {
            parts.add(excerpt(p.markdown() ? PLAIN.render(MARKDOWN.parse(p.body())) : p.body()));
        }
        if (parts.isEmpty()) {
            parts.add(facts(p, placeName));
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                if (a.getValue().length() <= SHORT_ATTRIBUTE
                        && a.getValue().lines().count() == 1) {
                    parts.add(a.getKey() + ": " + a.getValue());
                }
            }
        }
        return String.join("\n", parts);
    }

    /** A sentence or two for timelines: the lede, else the first Summary point; null when there is neither. */
    static String summary(Publication p) {
        return p.lede() != null
                ? p.lede()
                : p.summary().isEmpty() ? null : p.summary().get(0);
    }

    /** "Peace agreement · Thursday, December 19, 2019 · Mali · Mali Local Processes", or the title when nothing else is known. */
    private static String facts(Publication p, Function<String, String> placeName) {
        List<String> facts = new ArrayList<>();
        if (p.type() != null) {
            facts.add(p.type());
        }
        if (p.date() != null) {
            facts.add(Dates.display(p.date()));
        }
        p.places().stream().map(placeName).forEach(facts::add);
        if (p.collection() != null) {
            facts.add(p.collection());
        }
        return facts.isEmpty() ? p.title() : String.join(" · ", facts);
    }

    /** The first paragraph, cut at a word near {@value #EXCERPT} characters. */
    private static String excerpt(String text) {
        String first = text.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ");
        if (first.length() <= EXCERPT) {
            return first;
        }
        int cut = first.lastIndexOf(' ', EXCERPT);
        return first.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }
}
