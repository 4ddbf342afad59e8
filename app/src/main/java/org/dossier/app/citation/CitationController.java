package org.dossier.app.citation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dossier.app.api.SearchParameters;
import org.dossier.app.browse.Listing;
import org.dossier.app.browse.Listings;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
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
 * CSL-JSON — of one publication or of a whole search, {@value Citations#REFERENCES_PER_EXPORT} references to a file: {@code page}
 * chooses which thousand, and the answer says how many there are ({@code X-Total-Count}), where the next
 * ones are ({@code Link: <…>; rel="next"}) and, in BibTeX, in a comment at the top.
 */
@RestController
@ConditionalOnWebApplication
@Tag(name = "citations")
class CitationController {
    private static final int PER_FILE = Citations.REFERENCES_PER_EXPORT;
    private static final String FORMATS = "bib: BibTeX, ris: RIS, json: CSL-JSON";

    private final ReaderCatalog catalog;
    private final Listings listings;
    private final CitationItems items;
    private final Citations citations;
    private final ReferenceFiles files;

    CitationController(
            ReaderCatalog catalog, Listings listings, CitationItems items, Citations citations, ReferenceFiles files) {
        this.files = files;
        this.catalog = catalog;
        this.listings = listings;
        this.items = items;
        this.citations = citations;
    }

    @GetMapping(path = "/api/publications/{id}/citations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getReferences",
            summary = "A publication's reference in APA (7th edition) and Chicago (author-date)")
    List<Citations.Reference> references(@PathVariable String id) {
        return citations.of(publication(id));
    }

    @GetMapping("/api/publications/{id}/citation.{format}")
    @Operation(operationId = "getCitation", summary = "A publication's reference as a file for reference managers")
    @CitationFiles
    ResponseEntity<String> one(
            @PathVariable String id,
            @Parameter(description = FORMATS, schema = @Schema(allowableValues = {"bib", "ris", "json"})) @PathVariable
                    String format) {
        Publication p = publication(id);
        return files.of(format, List.of(items.of(p)), p.slug(), null);
    }

    @GetMapping("/api/citations.{format}")
    @Operation(
            operationId = "exportCitations",
            summary = "The references of every result of a search, 1,000 to a file",
            description =
                    "Takes the parameters of /api/publications, but page chooses which 1,000 results (1: the first); "
                            + "X-Total-Count gives how many results there are, and Link (rel=\"next\") where the next 1,000 are.")
    @CitationFiles
    @SearchParameters
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "Which 1,000 results: 1 for the first (the default), 2 for the next …",
            schema = @Schema(type = "integer", defaultValue = "1", minimum = "1"))
    ResponseEntity<String> search(
            @Parameter(description = FORMATS, schema = @Schema(allowableValues = {"bib", "ris", "json"})) @PathVariable
                    String format,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        for (String unused : List.of("size", "cursor")) {
            if (params.containsKey(unused)) {
                throw new FieldException(
                        unused, "is not used: an export holds " + PER_FILE + " references; page chooses which");
            }
        }
        MultiValueMap<String, String> search = new LinkedMultiValueMap<>(params);
        int page = page(search.remove("page"));
        search.put("size", List.of(String.valueOf(SearchRequest.MAX_SIZE)));
        SearchRequest request = SearchRequest.parse(search);
        long skip = (long) (page - 1) * PER_FILE;
        List<CitationItem> found = new ArrayList<>();
        long total = 0;
        long seen = 0;
        while (found.size() < PER_FILE) {
            Listing listing = listings.search(request, EnumSet.noneOf(Facet.class));
            total = listing.total();
            for (Listing.Item item : listing.items()) {
                if (seen++ >= skip && found.size() < PER_FILE) {
                    found.add(items.of(item.publication()));
                }
            }
            if (listing.nextCursor() == null || listing.items().isEmpty()) {
                break;
            }
            request = request.after(listing.nextCursor());
        }
        if (page > 1 && found.isEmpty()) {
            throw new FieldException("page", "is past the last results: this search has " + total);
        }
        String next =
                skip + found.size() < total ? "/api/citations." + format + "?" + withPage(params, page + 1) : null;
        String note = total <= PER_FILE
                ? null
                : String.format(
                        "Dossier export: results %,d-%,d of %,d%s",
                        skip + 1, skip + found.size(), total, next == null ? "." : "; the next are at " + next);
        ResponseEntity<String> file =
                files.of(format, found, page == 1 ? "dossier-search" : "dossier-search-" + page, note);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(file.getHeaders());
        headers.set("X-Total-Count", String.valueOf(total));
        if (next != null) {
            headers.set(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }

    private static int page(List<String> values) {
        if (values == null || values.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(values.get(0).strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new FieldException("page", "must be a whole number, 1 or more");
    }

    private static String withPage(MultiValueMap<String, String> params, int page) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(params);
        next.put("page", List.of(String.valueOf(page)));
        List<String> pairs = new ArrayList<>();
        next.forEach((name, values) -> values.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Publication publication(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("no publication has the id " + id));
    }
}
