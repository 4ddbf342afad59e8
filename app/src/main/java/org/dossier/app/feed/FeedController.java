package org.dossier.app.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.shared.SiteUrls;
import org.dossier.app.site.Site;
import org.dossier.catalog.ChangeLog;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.search.SortOrder;
import org.dossier.site.SiteSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Feeds of any list: {@code /feeds/atom}, {@code /feeds/rss} and {@code /feeds/json} take the same
 * parameters as {@code /publications} (a topic, a place, an author, a collection, any search with its
 * filters) and give its newest publications. They answer conditional requests (ETag, Last-Modified).
 */
@RestController
@ConditionalOnWebApplication
class FeedController {
    private static final int DEFAULT_ITEMS = 20;

    private final Listings listings;
    private final ReaderCatalog catalog;
    private final FacetLabels labels;
    private final Site site;
    private final SiteUrls urls;
    private final Gazetteer gazetteer;
    private final ChangeLog changes;
    private final Clock clock;

    FeedController(
            Listings listings,
            ReaderCatalog catalog,
            FacetLabels labels,
            Site site,
            SiteUrls urls,
            Gazetteer gazetteer,
            ChangeLog changes,
            Clock clock) {
        this.listings = listings;
        this.catalog = catalog;
        this.labels = labels;
        this.site = site;
        this.urls = urls;
        this.gazetteer = gazetteer;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/feeds/{format}")
    ResponseEntity<String> feed(
            @PathVariable String format, @RequestParam MultiValueMap<String, String> params, WebRequest request) {
        MediaType type = switch (format) {
            case "atom" -> MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
            case "rss" -> MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
            case "json" -> MediaType.parseMediaType("application/feed+json;charset=UTF-8");
            default -> throw new FieldException("format", "must be atom, rss or json");
        };
        if (params.containsKey("sort") || params.containsKey("page") || params.containsKey("cursor")) {
            throw new FieldException("sort", "is always newest first in a feed; page and cursor are not used");
        }
        MultiValueMap<String, String> withSize = new org.springframework.util.LinkedMultiValueMap<>(params);
        withSize.putIfAbsent("size", List.of(String.valueOf(DEFAULT_ITEMS)));
        SearchRequest search = SearchRequest.parse(withSize).sortedBy(SortOrder.NEWEST);
        Listing listing = listings.search(search, EnumSet.noneOf(org.dossier.search.Facet.class));
        List<Publication> publications =
                listing.items().stream().map(Listing.Item::publication).toList();
        // an empty list last changed when the store did: only then could it have had items
        Instant updated = publications.stream()
                .map(Publication::updated)
                .max(Instant::compareTo)
                .orElseGet(() -> changes.latest().orElseGet(clock::instant));
        String etag = "\""
                + DigestUtils.md5DigestAsHex((format
                                + search.queryString()
                                + publications.stream()
                                        .map(p -> p.id() + "@" + p.updated().toEpochMilli())
                                        .collect(Collectors.joining(",")))
                        .getBytes())
                + "\"";
        if (request.checkNotModified(etag, updated.toEpochMilli())) {
            return null;
        }
        Feed feed = feed(search, listing.notices(), withTextWhereNeeded(publications), updated, format);
        String body = switch (format) {
            case "atom" -> FeedFormats.atom(feed);
            case "rss" -> FeedFormats.rss(feed);
            default -> FeedFormats.json(feed);
        };
        return ResponseEntity.ok().contentType(type).body(body);
    }

    private Feed feed(
            SearchRequest search,
            List<String> notices,
            List<Publication> publications,
            Instant updated,
            String format) {
        String base = urls.base();
        String query = search.atPage(1)
                .queryString()
                .replaceAll("(^|&)sort=newest", "")
                .replaceAll("^&", "");
        String suffix = query.isEmpty() ? "" : "?" + query;
        List<Feed.Item> items = new ArrayList<>();
        for (Publication p : publications) {
            items.add(new Feed.Item(
                    base + "/api/publications/" + p.id(),
                    p.title(),
                    base + p.path(),
                    published(p),
                    p.updated(),
                    p.authors().stream().map(a -> a.person().name()).toList(),
                    p.type(),
                    p.topics(),
                    ItemText.content(p, this::placeName),
                    ItemText.summary(p),
                    p.language()));
        }
        SiteSettings settings = site.settings();
        String title = title(search);
        return new Feed(
                title,
                notices.isEmpty() ? title : String.join(" ", notices),
                base + "/feeds/" + format + suffix,
                base + "/publications" + suffix,
                updated,
                settings.name(),
                settings.publisher().isEmpty() ? null : settings.publisher(),
                items);
    }

    /** "Dossier: publications" with what the list is of: "Topic: Gender · Country: Mali · “coup”". */
    private String title(SearchRequest search) {
        List<String> parts = new ArrayList<>();
        search.filters()
                .forEach((facet, values) -> parts.add(facet.key()
                                .substring(0, 1)
                                .toUpperCase() + facet.key().substring(1) + ": "
                        + values.stream().map(v -> labels.label(facet, v)).collect(Collectors.joining(" or "))));
        if (!search.q().isBlank()) {
            parts.add("“" + search.q() + "”");
        }
        return site.settings().name() + ": "
                + (parts.isEmpty() ? "latest publications" : "publications — " + String.join(" · ", parts));
    }

    private static Instant published(Publication p) {
        if (p.date() == null) {
            return null;
        }
        return LocalDate.of(
                        p.date().year(),
                        p.date().month() == null ? 1 : p.date().month(),
                        p.date().day() == null ? 1 : p.date().day())
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    /** Lists carry no text; an item with neither lede nor Summary is described by the start of its text. */
    private List<Publication> withTextWhereNeeded(List<Publication> publications) {
        Map<String, Publication> whole = catalog
                .findAll(publications.stream()
                        .filter(p -> p.lede() == null && p.summary().isEmpty())
                        .map(Publication::id)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Publication::id, p -> p));
        return publications.stream().map(p -> whole.getOrDefault(p.id(), p)).toList();
    }

    private String placeName(String code) {
        return gazetteer.find(code).map(Place::name).orElse(code);
    }
}
