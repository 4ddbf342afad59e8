package org.dossier.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.place.Gazetteer;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.dossier.app.citation.Citations;
import org.dossier.app.meta.PageMetadata;
import org.dossier.app.related.RelatedPublications;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/** A publication at its canonical path. */
@Controller
@ConditionalOnWebApplication
class PublicationController {
    /** Cards in Related Publications: the editors' pins first, then the engine's choices. */
    static final int RELATED_CARDS = 6;

    private final ReaderCatalog catalog;
    private final RelatedPublications related;
    private final Gazetteer gazetteer;
    private final PageMetadata metadata;
    private final Citations citations;
    private final Attachments attachments;

    PublicationController(ReaderCatalog catalog, RelatedPublications related, Gazetteer gazetteer, PageMetadata metadata,
                          Citations citations, Attachments attachments) {
        this.attachments = attachments;
        this.catalog = catalog;
        this.related = related;
        this.gazetteer = gazetteer;
        this.metadata = metadata;
        this.citations = citations;
    }

    @GetMapping({"/publications/{year:\\d{4}}/{month:\\d{2}}/{slug}", "/publications/{year:\\d{4}}/{slug}",
        "/publications/undated/{slug}"})
    String page(HttpServletRequest request, Model model) {
        String path = UriUtils.decode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8);
        Publication p = catalog.findByPath(path).orElseThrow(() -> new PageNotFoundException("No publication is at " + path));
        List<Attachment> pdfs = attachments.of(p.id());
        String pdfPath = pdfs.isEmpty() ? null : "/attachments/" + pdfs.get(pdfs.size() - 1).id();
        model.addAttribute("page", new PublicationPage(p, related.of(p, RELATED_CARDS), placeNames(p), metadata.of(p, pdfPath),
                citations.of(p), pdfs, catalog.translations(p)));
        return "publication";
    }

    private Map<String, String> placeNames(Publication p) {
        Map<String, String> names = new LinkedHashMap<>();
        p.places().forEach(code -> names.put(code, gazetteer.find(code).map(Place::name).orElse(code)));
        return names;
    }
}
