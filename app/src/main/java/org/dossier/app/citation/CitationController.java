package org.dossier.app.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.dossier.app.api.NotFoundException;
import org.dossier.app.browse.BadParameterException;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citations: formatted references (APA, Chicago) and downloads for reference managers — BibTeX, RIS and
 * CSL-JSON — of one publication or of a whole search (all its pages, up to {@value #SEARCH_CAP}).
 */
@RestController
@ConditionalOnWebApplication
class CitationController {
    static final int SEARCH_CAP = 1000;

    private final ReaderCatalog catalog;
    private final Listings listings;
    private final CitationItems items;
    private final Citations citations;

    CitationController(ReaderCatalog catalog, Listings listings, CitationItems items, Citations citations) {
        this.catalog = catalog;
        this.listings = listings;
        this.items = items;
        this.citations = citations;
    }

    @GetMapping("/api/publications/{id}/citations")
    List<Citations.Reference> references(@PathVariable String id) {
        return citations.of(publication(id));
    }

    @GetMapping("/api/publications/{id}/citation.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format) {
        Publication p = publication(id);
        return file(format, List.of(items.of(p)), p.slug());
    }

    @GetMapping("/api/citations.{format}")
    ResponseEntity<String> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        if (params.containsKey("page") || params.containsKey("cursor") || params.containsKey("size")) {
            throw new BadParameterException("page", "is not used: the export holds every result, up to " + SEARCH_CAP);
        }
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>(params);
        all.put("size", List.of(String.valueOf(SearchRequest.MAX_SIZE)));
        SearchRequest request = SearchRequest.parse(all);
        List<CSLItemData> found = new ArrayList<>();
        while (found.size() < SEARCH_CAP) {
            Listing page = listings.search(request, EnumSet.noneOf(Facet.class));
            page.items().stream().limit(SEARCH_CAP - found.size()).forEach(i -> found.add(items.of(i.publication())));
            if (page.nextCursor() == null || page.items().isEmpty()) {
                break;
            }
            request = request.after(page.nextCursor());
        }
        return file(format, found, "dossier-search");
    }

    private ResponseEntity<String> file(String format, List<CSLItemData> data, String name) {
        Function<List<CSLItemData>, String> writer;
        MediaType type;
        String extension;
        switch (format) {
            case "bib" -> {
                writer = Exports::bibtex;
                type = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");
                extension = "bib";
            }
            case "ris" -> {
                writer = Exports::ris;
                type = MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8");
                extension = "ris";
            }
            case "json" -> {
                writer = Exports::cslJson;
                type = MediaType.parseMediaType("application/vnd.citationstyles.csl+json;charset=UTF-8");
                extension = "json";
            }
            default -> throw new BadParameterException("format", "must be bib, ris or json");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + extension + "\"")
                .body(writer.apply(data));
    }

    private Publication publication(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("no publication has the id " + id));
    }
}
