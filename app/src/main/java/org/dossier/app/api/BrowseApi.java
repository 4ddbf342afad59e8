package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.shared.Links;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Person;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.Suggestion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People, topics, places and autocomplete as JSON, with how many publications each has. */
@RestController
@ConditionalOnWebApplication
class BrowseApi {
    private static final int ALL = 10_000;

    private final ReaderCatalog catalog;
    private final Listings listings;
    private final SearchIndex index;
    private final Gazetteer gazetteer;

    BrowseApi(ReaderCatalog catalog, Listings listings, SearchIndex index, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.listings = listings;
        this.index = index;
        this.gazetteer = gazetteer;
    }

    @Schema(name = "Topic")
    record TopicView(String name, long count) {}

    @Schema(name = "Place")
    record PlaceView(String code, String name, String kind, List<String> parents, long count) {}

    @Schema(name = "Person")
    record PersonView(
            String id,
            String name,
            String credentials,
            String affiliation,
            String bio,
            PublicationViews.PageView publications) {}

    @Schema(name = "Suggestion")
    record SuggestionView(String kind, String key, String label, String url) {}

    @GetMapping(path = "/api/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "taxonomy")
    @Operation(operationId = "listTopics", summary = "Topics (issue areas) with how many publications each has")
    List<TopicView> topics() {
        return counts(Facet.TOPIC).stream()
                .map(v -> new TopicView(v.value(), v.count()))
                .sorted(Comparator.comparing(TopicView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @GetMapping(path = "/api/places", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "taxonomy")
    @Operation(
            operationId = "listPlaces",
            summary = "Countries and regions that have publications, with their parent regions and counts")
    List<PlaceView> places() {
        Listing all = listings.search(SearchRequest.parse(Map.of()), EnumSet.of(Facet.COUNTRY, Facet.REGION), ALL);
        return all.facets().values().stream()
                .flatMap(List::stream)
                .map(v -> {
                    Place p = gazetteer.find(v.value()).orElse(null);
                    return new PlaceView(
                            v.value(),
                            v.label(),
                            p == null ? "region" : p.kind().name().toLowerCase(java.util.Locale.ROOT),
                            p == null ? List.of() : p.parents(),
                            v.count());
                })
                .sorted(Comparator.comparing(PlaceView::name))
                .toList();
    }

    @GetMapping(path = "/api/people/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "people")
    @Operation(
            operationId = "getPerson",
            summary = "A person, with their publications (searchable and faceted like /api/publications)")
    @SearchParameters
    @PageParameters
    PersonView person(
            @PathVariable String id, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Person p = catalog.people(List.of(id)).get(id);
        if (p == null || listings.count(Facet.AUTHOR, id) == 0) {
            throw new NotFoundException("no person has the id " + id);
        }
        MultiValueMap<String, String> scoped = new LinkedMultiValueMap<>(params);
        scoped.put(Facet.AUTHOR.key(), List.of(id));
        Listing listing = listings.search(SearchRequest.parse(scoped), EnumSet.of(Facet.TYPE, Facet.TOPIC, Facet.YEAR));
        return new PersonView(
                p.id(),
                p.name(),
                p.credentials(),
                p.affiliation(),
                p.bio(),
                PublicationViews.PageView.of(listing, "/api/people/" + id));
    }

    @GetMapping(path = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "publications")
    @Operation(
            operationId = "suggest",
            summary = "Autocomplete: places, people, topics, collections and titles with a word starting as typed")
    List<SuggestionView> suggest(
            @Parameter(description = "What the reader has typed") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Entries of each kind, 1 to 20") @RequestParam(defaultValue = "5") int limit) {
        if (limit < 1 || limit > 20) {
            throw new FieldException("limit", "must be between 1 and 20");
        }
        String prefix = q.strip();
        if (prefix.length() > 100) {
            prefix = prefix.substring(0, 100);
        }
        List<Suggestion> found = index.suggest(prefix, limit);
        Map<String, String> paths = catalog
                .findSummaries(found.stream()
                        .filter(s -> s.kind() == Suggestion.Kind.TITLE)
                        .map(Suggestion::key)
                        .toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(Publication::id, Publication::path));
        return found.stream()
                .filter(s -> s.kind() != Suggestion.Kind.TITLE || paths.containsKey(s.key()))
                .map(s -> new SuggestionView(
                        s.kind().name().toLowerCase(java.util.Locale.ROOT), s.key(), s.label(), url(s, paths)))
                .toList();
    }

    private static String url(Suggestion s, Map<String, String> paths) {
        return switch (s.kind()) {
            case TITLE -> paths.get(s.key());
            case PERSON -> Links.person(s.key());
            case TOPIC -> Links.topic(s.key());
            case PLACE -> Links.place(s.key());
            case COLLECTION -> Links.collection(s.key());
        };
    }

    private List<Listing.FacetValue> counts(Facet facet) {
        return listings.search(SearchRequest.parse(Map.of()), EnumSet.of(facet), ALL)
                .facets()
                .get(facet);
    }
}
