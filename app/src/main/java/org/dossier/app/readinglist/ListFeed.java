package org.dossier.app.readinglist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.app.feed.ChangeFeed;
import org.dossier.app.shared.SiteUrls;
import org.dossier.catalog.Catalog;
import org.dossier.readinglist.ReadingList;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** The Atom feed of a list's last versions, newest first, each saying what it changed from the one before. */
@Component
@ConditionalOnWebApplication
class ListFeed {
    /** How many versions the feed holds. */
    static final int VERSIONS = 20;

    private final Curating curating;
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ChangeFeed feeds;

    ListFeed(Curating curating, Catalog catalog, SiteUrls urls, ChangeFeed feeds) {
        this.curating = curating;
        this.catalog = catalog;
        this.urls = urls;
        this.feeds = feeds;
    }

    String atom(ReadingList latest, Account me) {
        String id = latest.id();
        int newest = latest.version();
        int oldest = Math.max(1, newest - VERSIONS + 1);
        Map<Integer, ReadingList> byNumber = new HashMap<>();
        for (int v = Math.max(1, oldest - 1); v <= newest; v++) {
            curating.visible(id, v, me).ifPresent(l -> byNumber.put(l.version(), l));
        }
        Map<String, String> titles = new HashMap<>();
        catalog.findSummaries(byNumber.values().stream()
                        .flatMap(l -> ReadingListPages.ids(l).stream())
                        .distinct()
                        .toList())
                .forEach(p -> titles.put(p.id(), p.title()));
        Map<Integer, String> by = new HashMap<>();
        curating.versions(id).forEach(v -> by.put(v.number(), v.by()));
        List<ChangeFeed.Change> changes = new ArrayList<>();
        for (int v = newest; v >= oldest; v--) {
            ReadingList now = byNumber.get(v);
            changes.add(new ChangeFeed.Change(
                    urls.of("/lists/" + id + "/v/" + v),
                    now.title() + ", version " + v,
                    now.versionCreated(),
                    by.getOrDefault(v, ""),
                    ListChanges.between(byNumber.get(v - 1), now, titles)));
        }
        return feeds.atom(latest.title(), urls.of("/lists/" + id + "/feed"), urls.of("/lists/" + id), changes);
    }
}
