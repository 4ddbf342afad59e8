package org.dossier.app.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed, whatever its format: a list of publications, newest first, with what it is (its description says what
 * the search left out, if anything), where it lives, when it last changed, the site it is of, and who publishes it
 * (null while the settings name no publisher).
 */
record Feed(
        String title,
        String description,
        String selfUrl,
        String pageUrl,
        Instant updated,
        String siteName,
        String publisher,
        List<Item> items) {

    /**
     * One publication in a feed. {@code published} is null when the publication has no date; {@code content}
     * is never empty; {@code summary} and {@code language} may be null.
     */
    record Item(
            String id,
            String title,
            String url,
            Instant published,
            Instant updated,
            List<String> authors,
            String type,
            List<String> topics,
            String content,
            String summary,
            String language) {}
}
