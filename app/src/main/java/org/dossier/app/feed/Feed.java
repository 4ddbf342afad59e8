package org.dossier.app.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed, whatever its format: a list of publications, newest first, with where it lives and when it
 * last changed. Atom, RSS and JSON Feed are written from this.
 */
record Feed(String title, String selfUrl, String pageUrl, Instant updated, List<Item> items) {

    /** One publication in a feed. {@code published} is null when the publication has no date. */
    record Item(String id, String title, String url, Instant published, Instant updated, List<String> authors,
                String type, List<String> topics, String summary) {
    }
}
