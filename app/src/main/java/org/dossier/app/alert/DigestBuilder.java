package org.dossier.app.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.alert.Digest;
import org.dossier.alert.Subscription;
import org.dossier.alert.Subscriptions;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.shared.Dates;
import org.dossier.publication.Publication;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;
import org.dossier.search.SearchResult;
import org.dossier.search.SortOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes each active subscription's digest for the current period from the index and records it in the store, once
 * per subscription and period. New in a list means: in it now, dated on or after the day the subscription was
 * confirmed (and within the last {@value #WINDOW_DAYS} days), not in it when the alert was confirmed, and named by
 * none of its earlier digests; in a shared reading list, what was added to it since the alert began.
 */
@Component
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class DigestBuilder {
    private static final Logger log = LoggerFactory.getLogger(DigestBuilder.class);
    static final int WINDOW_DAYS = 31;
    static final int MAX_ITEMS = 50;
    /** The period of an alert's first record: what its list held when it was confirmed. */
    static final String BASELINE = "baseline";

    private final Subscriptions subscriptions;
    private final Listings listings;
    private final FacetLabels labels;
    private final ReadingLists readingLists;
    private final ReaderCatalog catalog;

    DigestBuilder(
            Subscriptions subscriptions,
            Listings listings,
            FacetLabels labels,
            ReadingLists readingLists,
            ReaderCatalog catalog) {
        this.subscriptions = subscriptions;
        this.listings = listings;
        this.labels = labels;
        this.readingLists = readingLists;
        this.catalog = catalog;
    }

    /** The period a moment falls in: its day (UTC), or its ISO week for weekly digests. */
    static String period(Subscription.Frequency frequency, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return frequency == Subscription.Frequency.DAILY
                ? day.toString()
                : String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Records the digests due at {@code now}; returns how many name something (the others are recorded empty). */
    int build(Instant now) {
        int withItems = 0;
        for (Subscription s : subscriptions.active()) {
            String period = period(s.frequency(), now);
            if (subscriptions.latestPeriod(s.id()).filter(period::equals).isPresent()) {
                continue;
            }
            try {
                List<Digest.Item> items = newItems(s, now, MAX_ITEMS);
                if (subscriptions.record(new Digest(s.id(), period, items, now, items.isEmpty() ? now : null))
                        && !items.isEmpty()) {
                    withItems++;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "alerts: could not make the {} digest of subscription {} (will retry): {}",
                        period,
                        s.id(),
                        e.toString());
            }
        }
        return withItems;
    }

    /**
     * Records what the list holds when its alert is confirmed as a digest already sent, so that what was there
     * before is never new to the alert.
     */
    void baseline(Subscription confirmed, Instant now) {
        subscriptions.record(
                new Digest(confirmed.id(), BASELINE, newItems(confirmed, now, Integer.MAX_VALUE), now, now));
    }

    private List<Digest.Item> newItems(Subscription s, Instant now, int limit) {
        return s.listPath().startsWith(AlertList.READING_LISTS) ? addedItems(s, limit) : searchedItems(s, now, limit);
    }

    private List<Digest.Item> searchedItems(Subscription s, Instant now, int limit) {
        SearchRequest list = SearchRequest.parse(AlertList.parameters(s.query()));
        LocalDate confirmed = s.confirmed().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate windowStart =
                now.minus(Duration.ofDays(WINDOW_DAYS)).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = confirmed.isAfter(windowStart) ? confirmed : windowStart;
        LocalDate listFrom = list.toQuery(Set.of(), 0).from();
        if (listFrom != null && listFrom.isAfter(from)) {
            from = listFrom;
        }
        SearchRequest recent = new SearchRequest(
                list.q(),
                list.filters(),
                from.toString(),
                list.to(),
                SortOrder.NEWEST,
                1,
                SearchRequest.MAX_SIZE,
                null);
        Listing listing = listings.search(recent, Set.of());
        Set<String> delivered = subscriptions.delivered(s.id());
        List<Digest.Item> items = new ArrayList<>();
        for (Listing.Item hit : listing.items()) {
            Publication p = hit.publication();
            if (!delivered.contains(p.id()) && items.size() < limit) {
                items.add(new Digest.Item(
                        p.id(), p.title(), p.path(), Dates.display(p.date()), p.type(), why(list, hit.snippet())));
            }
        }
        return items;
    }

    /** What was added to a shared reading list since its alert began, as readers may see it. */
    private List<Digest.Item> addedItems(Subscription s, int limit) {
        List<String> ids = readingLists
                .find(s.listPath().substring(AlertList.READING_LISTS.length()))
                .filter(ReadingList::shared)
                .map(list -> list.items().stream()
                        .map(ReadingList.Item::publicationId)
                        .toList())
                .orElse(List.of());
        Set<String> delivered = subscriptions.delivered(s.id());
        List<Digest.Item> items = new ArrayList<>();
        for (Publication p : catalog.findSummaries(
                ids.stream().filter(id -> !delivered.contains(id)).toList())) {
            if (items.size() < limit) {
                items.add(new Digest.Item(
                        p.id(), p.title(), p.path(), Dates.display(p.date()), p.type(), "Added to the reading list"));
            }
        }
        return items;
    }

    /** "Country: Mali · Type: Peace Brief · words: “coup”": the list's filters it passed and the words it matched. */
    private String why(SearchRequest list, List<SearchResult.Fragment> snippet) {
        List<String> parts = new ArrayList<>();
        list.filters().forEach((facet, values) -> {
            Map<String, String> names = labels.of(facet, values);
            values.forEach(v -> parts.add(
                    Character.toUpperCase(facet.key().charAt(0)) + facet.key().substring(1) + ": " + names.get(v)));
        });
        Set<String> words = new LinkedHashSet<>();
        for (SearchResult.Fragment f : snippet) {
            if (f.match()) {
                words.add("“" + f.text().strip().toLowerCase(Locale.ROOT) + "”");
            }
        }
        if (!words.isEmpty()) {
            parts.add("matched " + String.join(", ", words));
        }
        return parts.isEmpty() ? "New in this list" : String.join(" · ", parts);
    }
}
