package org.dossier.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.related.RelatedPublications;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;

/** The JSON shapes of the publications API. Field names are snake_case, absent values left out. */
final class PublicationViews {
    private PublicationViews() {}

    /** A page of a search: results, facet counts, and links to the next and previous pages. */
    @Schema(name = "SearchPage")
    record PageView(
            long total,
            int page,
            int size,
            String q,
            String sort,
            List<String> notices,
            List<Item> items,
            Map<String, List<FacetView>> facets,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(types = {"string", "null"})
            String next,

            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(types = {"string", "null"})
            String prev) {

        static PageView of(Listing listing, String path) {
            SearchRequest r = listing.request();
            Map<String, List<FacetView>> facets = new LinkedHashMap<>();
            listing.facets()
                    .forEach((facet, values) -> facets.put(
                            facet.key(),
                            values.stream()
                                    .map(v -> new FacetView(v.value(), v.label(), v.count(), v.selected()))
                                    .toList()));
            String next = null;
            if (listing.hasNextPage()) {
                SearchRequest n = (long) r.page() * r.size() < SearchRequest.MAX_OFFSET && r.cursor() == null
                        ? r.atPage(r.page() + 1)
                        : r.after(listing.nextCursor());
                next = path + "?" + n.queryString();
            }
            String prev = r.page() > 1 && r.cursor() == null
                    ? path + "?" + r.atPage(r.page() - 1).queryString()
                    : null;
            return new PageView(
                    listing.total(),
                    r.page(),
                    r.size(),
                    r.q(),
                    r.toQuery(java.util.Set.of(), 0).effectiveSort().key(),
                    listing.notices(),
                    listing.items().stream().map(Item::of).toList(),
                    facets,
                    next,
                    prev);
        }
    }

    @Schema(name = "FacetValue")
    record FacetView(String value, String label, long count, boolean selected) {}

    @Schema(name = "SnippetFragment")
    record FragmentView(String text, boolean match) {}

    /** A publication in a list, with the words the search found in it. */
    @Schema(name = "SearchHit")
    record Item(
            String id,
            String path,
            String title,
            String type,
            String date,
            String status,
            List<AuthorView> authors,
            List<String> topics,
            String lede,
            List<FragmentView> snippet) {
        static Item of(Listing.Item i) {
            Summary s = Summary.of(i.publication());
            return new Item(
                    s.id(),
                    s.path(),
                    s.title(),
                    s.type(),
                    s.date(),
                    s.status(),
                    s.authors(),
                    s.topics(),
                    s.lede(),
                    i.snippet().stream()
                            .map(f -> new FragmentView(f.text(), f.match()))
                            .toList());
        }
    }

    @Schema(name = "Author")
    record AuthorView(String id, String name, String credentials, String affiliation, String bio, String role) {
        static AuthorView of(Authorship a, boolean withBio) {
            return new AuthorView(
                    a.person().id(),
                    a.person().name(),
                    a.person().credentials(),
                    a.person().affiliation(),
                    withBio ? a.person().bio() : null,
                    a.role());
        }
    }

    @Schema(name = "PlaceRef")
    record PlaceView(String code, String name, String kind) {
        static PlaceView of(String code, Gazetteer gazetteer) {
            return gazetteer
                    .find(code)
                    .map(p -> new PlaceView(p.code(), p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(new PlaceView(code, code, null));
        }
    }

    /** A publication in a list, or as a related card: enough to show and link it. */
    @Schema(name = "PublicationCard")
    record Summary(
            String id,
            String path,
            String title,
            String type,
            String date,
            String status,
            List<AuthorView> authors,
            List<String> topics,
            String lede) {
        static Summary of(Publication p) {
            return new Summary(
                    p.id(),
                    p.path(),
                    p.title(),
                    p.type(),
                    dateOf(p),
                    p.status().code(),
                    p.authors().stream().map(a -> AuthorView.of(a, false)).toList(),
                    p.topics(),
                    p.lede());
        }
    }

    /** The whole publication, with its curated related publications as cards. */
    @Schema(name = "Publication")
    record Full(
            String id,
            String path,
            String title,
            String type,
            String date,
            String language,
            String status,
            String lede,
            List<String> summary,
            String body,
            String about,
            String disclaimer,
            List<AuthorView> authors,
            List<String> topics,
            List<PlaceView> places,
            String collection,
            String series,
            String seriesNumber,
            Map<String, String> attributes,
            String sourceUrl,
            List<String> sourceIds,
            List<Summary> related,
            List<RelationView> relations,
            String created,
            String updated) {

        static Full of(Publication p, List<Publication> related, List<Connection> connections, Gazetteer gazetteer) {
            return new Full(
                    p.id(),
                    p.path(),
                    p.title(),
                    p.type(),
                    dateOf(p),
                    p.language(),
                    p.status().code(),
                    p.lede(),
                    p.summary(),
                    p.body(),
                    p.about(),
                    p.disclaimer(),
                    p.authors().stream().map(a -> AuthorView.of(a, true)).toList(),
                    p.topics(),
                    p.places().stream().map(c -> PlaceView.of(c, gazetteer)).toList(),
                    p.collection(),
                    p.series(),
                    p.seriesNumber(),
                    p.attributes(),
                    p.sourceUrl(),
                    p.sourceIds(),
                    related.stream().map(Summary::of).toList(),
                    connections.stream().map(RelationView::of).toList(),
                    p.created().toString(),
                    p.updated().toString());
        }
    }

    /**
     * How the publication belongs with another, both ways: Dossier's name of the relation as seen from this
     * publication ("is_superseded_by"), the DataCite relation type ("IsObsoletedBy"), plain words, and the other.
     */
    @Schema(name = "Relation")
    record RelationView(
            @Schema(
                    allowableValues = {
                        "updates",
                        "is_updated_by",
                        "supersedes",
                        "is_superseded_by",
                        "responds_to",
                        "has_response",
                        "follows_up",
                        "is_followed_up_by",
                        "part_of",
                        "has_part"
                    })
            String relation,

            String relationType,
            String label,
            Summary publication) {
        static RelationView of(Connection c) {
            return new RelationView(c.code(), c.dataCite(), c.words(), Summary.of(c.other()));
        }
    }

    /** A publication's related publications, best first, with scores and reasons. */
    @Schema(name = "RelatedPublications")
    record RelatedView(String id, String title, List<RelatedCard> items) {
        static RelatedView of(Publication seed, List<RelatedPublications.Related> related) {
            return new RelatedView(
                    seed.id(),
                    seed.title(),
                    related.stream()
                            .map(r -> new RelatedCard(
                                    Summary.of(r.publication()),
                                    r.item().score(),
                                    r.item().pinned(),
                                    r.item().reasons()))
                            .toList());
        }
    }

    @Schema(name = "RelatedPublication")
    record RelatedCard(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Summary publication,
            double score,
            boolean pinned,
            List<String> reasons) {}

    private static String dateOf(Publication p) {
        return p.date() == null ? null : p.date().toString();
    }
}
