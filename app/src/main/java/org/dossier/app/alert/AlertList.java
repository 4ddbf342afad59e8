package org.dossier.app.alert;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.app.browse.FacetLabels;
import org.dossier.app.browse.SearchRequest;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.readinglist.ReadingList;
import org.dossier.readinglist.ReadingLists;
import org.dossier.search.Facet;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A list a reader can subscribe to, as its page's address gives it: All publications, or a topic's, a place's, a
 * person's, a collection's or a series' page, with the words and filters of its query string; or a shared reading
 * list. {@code search} is the search the list runs, the page's own scope included (null for a reading list, whose
 * id is {@code readingList}).
 */
record AlertList(String path, String title, SearchRequest search, String readingList) {
    static final String READING_LISTS = "/lists/";

    /** The list at {@code address} ("/places/MLI?type=Peace+Brief"); a field error when it is none. */
    static AlertList of(String address, FacetLabels labels, Gazetteer gazetteer, ReadingLists readingLists) {
        if (address == null || !address.startsWith("/") || address.startsWith("//") || address.length() > 2000) {
            throw new FieldException(
                    "list", "must be the address of a list on this site, such as /publications?q=mali");
        }
        var uri = UriComponentsBuilder.fromUriString(address).build();
        Map<String, List<String>> params = parameters(uri.getQuery());
        List<String> segments = uri.getPathSegments().stream()
                .map(s -> UriUtils.decode(s, StandardCharsets.UTF_8))
                .toList();
        if (segments.size() == 2 && segments.get(0).equals("lists")) {
            ReadingList list = readingLists
                    .find(segments.get(1))
                    .filter(ReadingList::shared)
                    .orElseThrow(() -> new FieldException("list", "names no reading list shared on this site"));
            return new AlertList(READING_LISTS + list.id(), list.title(), null, list.id());
        }
        SearchRequest request = SearchRequest.parse(params);
        Facet scope = null;
        String value = null;
        String title = "All publications";
        if (segments.size() == 2) {
            value = segments.get(1);
            scope = switch (segments.get(0)) {
                case "topics" -> Facet.TOPIC;
                case "people" -> Facet.AUTHOR;
                case "collections" -> Facet.COLLECTION;
                case "series" -> Facet.SERIES;
                case "places" ->
                    gazetteer
                            .find(value)
                            .map(p -> p.kind() == Place.Kind.REGION ? Facet.REGION : Facet.COUNTRY)
                            .orElseThrow(() -> new FieldException("list", "names no place of this site"));
                default -> null;
            };
            if (scope != null) {
                title = labels.label(scope, value);
            }
        }
        if (scope == null && !(segments.size() == 1 && segments.get(0).equals("publications"))) {
            throw new FieldException(
                    "list", "must be the address of a list on this site, such as /publications?q=mali");
        }
        SearchRequest searched =
                scope == null || request.filters().getOrDefault(scope, Set.of()).contains(value)
                        ? request
                        : request.toggled(scope, value);
        String path = uri.getPath()
                + (request.atPage(1).queryString().isEmpty()
                        ? ""
                        : "?" + plain(request).queryString());
        return new AlertList(path, title + describe(request, labels), plain(searched), null);
    }

    /** The search without its order and page: what the list holds, not how one page of it was shown. */
    private static SearchRequest plain(SearchRequest r) {
        return new SearchRequest(r.q(), r.filters(), r.from(), r.to(), null, 1, SearchRequest.DEFAULT_SIZE, null);
    }

    /** The list's words and filters, as its title's tail: " — “mali” · Type: Peace Brief". */
    private static String describe(SearchRequest r, FacetLabels labels) {
        List<String> parts = new ArrayList<>();
        if (!r.q().isBlank()) {
            parts.add("“" + r.q().strip() + "”");
        }
        r.filters()
                .forEach((facet, values) -> values.forEach(v -> parts.add(Character.toUpperCase(
                                facet.key().charAt(0)) + facet.key().substring(1) + ": " + labels.label(facet, v))));
        if (r.from() != null || r.to() != null) {
            parts.add("Dates: " + (r.from() == null ? "…" : r.from()) + " – " + (r.to() == null ? "…" : r.to()));
        }
        return parts.isEmpty() ? "" : " — " + String.join(" · ", parts);
    }

    /** A query string's parameters, decoded. */
    static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .forEach((name, values) -> params.put(
                        decodeQuery(name),
                        values.stream()
                                .map(v -> v == null ? "" : decodeQuery(v))
                                .toList()));
        return params;
    }

    private static String decodeQuery(String s) {
        return UriUtils.decode(s.replace("+", " "), StandardCharsets.UTF_8);
    }
}
