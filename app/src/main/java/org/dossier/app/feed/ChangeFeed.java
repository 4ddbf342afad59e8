package org.dossier.app.feed;

import java.time.Instant;
import java.util.List;
import org.dossier.app.site.Site;
import org.springframework.stereotype.Component;

/** An Atom feed of changes to something other than a search — a reading list's versions — newest first. */
@Component
public class ChangeFeed {
    private final Site site;

    ChangeFeed(Site site) {
        this.site = site;
    }

    /** One change: its own address (also its id), a title, when and by whom it was made, and what it changed. */
    public record Change(String url, String title, Instant at, String by, String text) {}

    public String atom(String title, String selfUrl, String pageUrl, List<Change> newestFirst) {
        String publisher = site.settings().publisher();
        Instant updated =
                newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).at();
        return FeedFormats.atom(new Feed(
                title,
                "The changes of " + title,
                selfUrl,
                pageUrl,
                updated,
                site.settings().name(),
                publisher.isEmpty() ? null : publisher,
                newestFirst.stream()
                        .map(c -> new Feed.Item(
                                c.url(),
                                c.title(),
                                c.url(),
                                c.at(),
                                c.at(),
                                List.of(c.by()),
                                null,
                                List.of(),
                                c.text(),
                                null,
                                null))
                        .toList()));
    }
}
