package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.related.RelatedPublications;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publications as JSON: the search with its facets, as the All publications page has it, and each publication. */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/publications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "publications")
class PublicationApi {
    private final ReaderCatalog catalog;
    private final Listings listings;
    private final Gazetteer gazetteer;
    private final RelatedPublications related;

    PublicationApi(ReaderCatalog catalog, Listings listings, Gazetteer gazetteer, RelatedPublications related) {
        this.catalog = catalog;
        this.listings = listings;
        this.gazetteer = gazetteer;
        this.related = related;
    }

    @GetMapping
    @Operation(
            operationId = "listPublications",
            summary = "Search publications",
            description =
                    "The same search as the All publications page: "
                            + "words, facets (several values of one facet are ORed, facets are ANDed; each facet is counted as if its "
                            + "own selection were not made), dates, order and paging. See docs/search.md for the query language.")
    @SearchParameters
    @PageParameters
    PublicationViews.PageView list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        SearchRequest request = SearchRequest.parse(params);
        Listing listing = listings.search(request, EnumSet.allOf(Facet.class));
        return PublicationViews.PageView.of(listing, "/api/publications");
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getPublication",
            summary = "A whole publication",
            description = "With its authors, topics, places, summary, about, "
                    + "disclaimer, attributes and curated related publications. 404 when there is none with that id.")
    PublicationViews.Full one(@PathVariable String id) {
        Publication p = catalog.find(id).orElseThrow(() -> new NotFoundException("no publication has the id " + id));
        List<Publication> related = catalog.findSummaries(p.related());
        return PublicationViews.Full.of(p, related, catalog.connections(p), gazetteer);
    }

    @GetMapping("/{id}/related")
    @Operation(
            operationId = "getRelatedPublications",
            summary = "Related publications, each with its score and the reasons it is there",
            description = "The editors' pins first (reason \"Chosen by the editors\"), then the related engine's "
                    + "choices: same country or region, shared issue areas, same author, same collection or peace process, "
                    + "references, similar text. Fewer than limit when the rest would be weak matches.")
    PublicationViews.RelatedView related(
            @PathVariable String id,
            @Parameter(description = "At most this many, 1 to 50") @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > 50) {
            throw new FieldException("limit", "must be between 1 and 50");
        }
        Publication p = catalog.find(id).orElseThrow(() -> new NotFoundException("no publication has the id " + id));
        return PublicationViews.RelatedView.of(p, related.of(p, limit));
    }
}
