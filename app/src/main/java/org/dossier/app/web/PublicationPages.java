package org.dossier.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.app.citation.Citations;
import org.dossier.app.meta.PageMetadata;
import org.dossier.app.related.RelatedPublications;
import org.dossier.attachment.Attachment;
import org.dossier.attachment.Attachments;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Publication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Everything a publication's page shows besides the publication: how it belongs with others, related cards, places, metadata, citations, PDFs, translations. */
@Component
@ConditionalOnWebApplication
public class PublicationPages {
    /** Cards in Related Publications: the editors' pins first, then the engine's choices. */
    private static final int RELATED_CARDS = 6;

    private final ReaderCatalog catalog;
    private final RelatedPublications related;
    private final Gazetteer gazetteer;
    private final PageMetadata metadata;
    private final Citations citations;
    private final Attachments attachments;

    PublicationPages(
            ReaderCatalog catalog,
            RelatedPublications related,
            Gazetteer gazetteer,
            PageMetadata metadata,
            Citations citations,
            Attachments attachments) {
        this.catalog = catalog;
        this.related = related;
        this.gazetteer = gazetteer;
        this.metadata = metadata;
        this.citations = citations;
        this.attachments = attachments;
    }

    /** The page as readers see it. */
    public PublicationPage of(Publication p) {
        return build(p, null);
    }

    /** The page as readers would see it, for its editors before readers may: marked as a preview, not for search engines. */
    public PublicationPage preview(Publication p, String why) {
        return build(p, why);
    }

    private PublicationPage build(Publication p, String preview) {
        List<Attachment> pdfs = attachments.of(p.id());
        String pdfPath = pdfs.isEmpty()
                ? null
                : "/attachments/" + pdfs.get(pdfs.size() - 1).id();
        List<Connection> connections = catalog.connections(p);
        return new PublicationPage(
                p,
                connections,
                related.of(p, RELATED_CARDS),
                placeNames(p),
                metadata.of(p, pdfPath, connections),
                citations.of(p),
                pdfs,
                catalog.translations(p),
                preview);
    }

    private Map<String, String> placeNames(Publication p) {
        Map<String, String> names = new LinkedHashMap<>();
        p.places()
                .forEach(code ->
                        names.put(code, gazetteer.find(code).map(Place::name).orElse(code)));
        return names;
    }
}
