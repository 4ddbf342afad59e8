package org.dossier.app.citation;

import java.util.List;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** References as a file to download: BibTeX ({@code bib}), RIS ({@code ris}) or CSL-JSON ({@code json}). */
@Component
public class ReferenceFiles {
    private final CitationItems items;

    ReferenceFiles(CitationItems items) {
        this.items = items;
    }

    /** The references of these publications, in their order, as {@code name}.{@code format}; a BibTeX file starts with the note. */
    public ResponseEntity<String> ofPublications(
            String format, List<Publication> publications, String name, String note) {
        return of(format, publications.stream().map(items::of).toList(), name, note);
    }

    ResponseEntity<String> of(String format, List<CitationItem> data, String name, String note) {
        String body;
        MediaType type;
        switch (format) {
            case "bib" -> {
                body = Exports.bibtex(data, note);
                type = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");
            }
            case "ris" -> {
                body = Exports.ris(data);
                type = MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8");
            }
            case "json" -> {
                body = Exports.cslJson(data);
                type = MediaType.parseMediaType("application/vnd.citationstyles.csl+json;charset=UTF-8");
            }
            default -> throw new FieldException("format", "must be bib, ris or json");
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"")
                .body(body);
    }
}
