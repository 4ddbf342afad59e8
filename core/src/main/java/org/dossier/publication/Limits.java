package org.dossier.publication;

import java.util.Map;
import java.util.Optional;

/**
 * How long each text of a publication may be: the store's column sizes, and sizes no real text reaches for the
 * long ones. The store checks them before it writes, so that SQLite (which does not enforce column sizes) and
 * PostgreSQL refuse the same records with the same message, and a junk line in a source cannot become a
 * ten-million-character topic.
 */
public final class Limits {
    public static final int TITLE = 1_000;
    public static final int NAME = 200;
    public static final int COLLECTION = 500;
    public static final int PERSON = 300;
    public static final int CODE = 64;
    public static final int SOURCE_ID = 500;
    public static final int URL = 2_000;
    public static final int PARAGRAPHS = 100_000;
    public static final int BODY = 10_000_000;

    private Limits() {}

    /** A text over its limit: the field, and what is wrong. */
    public record Violation(String field, String message) {}

    /** The first text of this publication over its limit, if any. */
    public static Optional<Violation> check(Publication p) {
        Check c = new Check();
        c.text("title", p.title(), TITLE)
                .text("type", p.type(), NAME)
                .text("language", p.language(), 20)
                .text("collection", p.collection(), COLLECTION)
                .text("series", p.series(), NAME)
                .text("series_number", p.seriesNumber(), 20)
                .text("lede", p.lede(), PARAGRAPHS)
                .text("body", p.body(), BODY)
                .text("about", p.about(), PARAGRAPHS)
                .text("disclaimer", p.disclaimer(), PARAGRAPHS)
                .text("source_url", p.sourceUrl(), URL)
                .text("slug", p.slug(), NAME)
                .text("id", p.id(), CODE);
        p.topics().forEach(t -> c.text("topics", t, NAME));
        p.places().forEach(code -> c.text("places", code, CODE));
        p.summary().forEach(point -> c.text("summary", point, PARAGRAPHS));
        p.sourceIds().forEach(id -> c.text("source_ids", id, SOURCE_ID));
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            c.text("attributes", a.getKey(), NAME).text("attributes", a.getValue(), PARAGRAPHS);
        }
        for (Authorship a : p.authors()) {
            c.text("authors", a.person().name(), PERSON)
                    .text("authors", a.person().credentials(), NAME)
                    .text("authors", a.person().affiliation(), PERSON)
                    .text("authors", a.person().bio(), PARAGRAPHS)
                    .text("authors", a.role(), PERSON);
        }
        return Optional.ofNullable(c.first);
    }

    private static final class Check {
        private Violation first;

        Check text(String field, String value, int limit) {
            if (first == null && value != null && value.length() > limit) {
                first = new Violation(
                        field,
                        String.format(
                                "a text here has at most %,d characters; this one has %,d", limit, value.length()));
            }
            return this;
        }
    }
}
