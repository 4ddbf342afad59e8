package org.dossier.app.oai;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.app.browse.Connection;
import org.dossier.app.browse.ReaderCatalog;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.ChangeLog.Change;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * Records and their headers: identifier, datestamp (when the publication last changed here) and sets; a
 * deleted publication is a header marked deleted, in the sets it was in — and so is one that readers may
 * not see (a draft, one in review, a withdrawn one).
 */
@Component
class OaiRecords {
    private final Catalog catalog;
    private final ReaderCatalog readers;
    private final OaiIdentity identity;
    private final OaiSets sets;
    private final Clock clock;

    OaiRecords(Catalog catalog, ReaderCatalog readers, OaiIdentity identity, OaiSets sets, Clock clock) {
        this.catalog = catalog;
        this.readers = readers;
        this.identity = identity;
        this.sets = sets;
        this.clock = clock;
    }

    /** The publications of these changes that still exist (deleted ones have none), by id, without long texts. */
    Map<String, Publication> publications(Collection<Change> changes) {
        List<String> ids =
                changes.stream().filter(c -> !c.deleted()).map(Change::id).toList();
        return catalog.findSummaries(ids).stream().collect(Collectors.toMap(Publication::id, Function.identity()));
    }

    /** How each of these publications belongs with others readers may see, by id, for the formats that say so. */
    Map<String, List<Connection>> connections(Collection<Publication> publications) {
        return readers.connections(publications);
    }

    void header(XmlOut xml, Change change, Publication publication) {
        OaiXml.start(xml, "header");
        if (gone(change, publication)) {
            xml.attribute("status", "deleted");
        }
        OaiXml.element(xml, "identifier", identity.identifier(change.id()));
        OaiXml.element(xml, "datestamp", OaiDates.format(change.at()));
        List<String> specs = change.deleted() ? sets.specsOf(change.formerMemberships()) : sets.specsOf(publication);
        specs.forEach(spec -> OaiXml.element(xml, "setSpec", spec));
        xml.end();
    }

    private boolean gone(Change change, Publication publication) {
        return change.deleted() || !publication.visibleAt(clock.instant());
    }

    void record(
            XmlOut xml, Change change, Publication publication, List<Connection> connections, MetadataFormat format) {
        OaiXml.start(xml, "record");
        header(xml, change, publication);
        if (!gone(change, publication)) {
            OaiXml.start(xml, "metadata");
            format.write(xml, publication, connections);
            xml.end();
        }
        xml.end();
    }
}
