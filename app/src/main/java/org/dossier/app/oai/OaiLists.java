package org.dossier.app.oai;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.app.browse.Connection;
import org.dossier.app.oai.OaiException.OaiError;
import org.dossier.catalog.ChangeLog;
import org.dossier.catalog.ChangeLog.Change;
import org.dossier.catalog.ChangeLog.ChangeFilter;
import org.dossier.publication.Publication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ListIdentifiers and ListRecords: the changes matching a format, a set and dates, oldest first, a page at
 * a time. Each page is read from the position where the last one stopped (kept in the resumption token),
 * never by counting past the records already given. A list ends at the moment it was asked for: a
 * publication whose embargo ends later (its datestamp is that end) is listed from then on.
 */
@Component
class OaiLists {
    private final ChangeLog changes;
    private final MetadataFormats formats;
    private final OaiSets sets;
    private final OaiRecords records;
    private final int pageSize;
    private final Clock clock;

    OaiLists(
            ChangeLog changes,
            MetadataFormats formats,
            OaiSets sets,
            OaiRecords records,
            @Value("${dossier.oai.page-size:250}") int pageSize,
            Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.formats = formats;
        this.sets = sets;
        this.records = records;
        this.pageSize = pageSize;
    }

    void list(XmlOut xml, OaiRequest request, boolean withMetadata) {
        ResumptionToken from =
                request.argument("resumptionToken").map(ResumptionToken::decode).orElse(null);
        MetadataFormat format = format(request, from);
        ChangeFilter filter = from != null
                ? sets.filter(from.set(), new OaiDates.Range(from.from(), from.until()))
                : sets.filter(
                        request.argument("set").orElse(null),
                        endingNow(OaiDates.range(
                                request.argument("from").orElse(null),
                                request.argument("until").orElse(null))));
        List<Change> found = changes.after(filter, from == null ? null : from.after(), pageSize + 1);
        if (found.isEmpty()) {
            throw new OaiException(
                    OaiError.NO_RECORDS_MATCH,
                    from == null ? "No records match these arguments." : "No records are left in this list.");
        }
        boolean more = found.size() > pageSize;
        List<Change> page = more ? found.subList(0, pageSize) : found;
        long cursor = from == null ? 0 : from.cursor();
        long total = from != null
                ? Math.max(from.total(), cursor + page.size())
                : more ? changes.count(filter) : page.size();
        Map<String, Publication> publications = records.publications(page);
        Map<String, List<Connection>> connections =
                withMetadata ? records.connections(publications.values()) : Map.of();

        String verb = withMetadata ? "ListRecords" : "ListIdentifiers";
        OaiXml.start(xml, verb);
        for (Change change : page) {
            Publication p = publications.get(change.id());
            if (change.deleted() || p != null) {
                if (withMetadata) {
                    records.record(xml, change, p, connections.getOrDefault(change.id(), List.of()), format);
                } else {
                    records.header(xml, change, p);
                }
            }
        }
        if (more || from != null) {
            OaiXml.start(xml, "resumptionToken")
                    .attribute("completeListSize", Long.toString(total))
                    .attribute("cursor", Long.toString(cursor));
            if (more) {
                String set = from != null ? from.set() : request.argument("set").orElse(null);
                xml.text(new ResumptionToken(
                                format.prefix(),
                                set,
                                filter.from(),
                                filter.until(),
                                cursor + page.size(),
                                total,
                                page.get(page.size() - 1).position())
                        .encode());
            }
            xml.end();
        }
        xml.end();
    }

    private OaiDates.Range endingNow(OaiDates.Range range) {
        Instant end = clock.instant().plusMillis(1);
        return new OaiDates.Range(
                range.from(), range.until() == null || range.until().isAfter(end) ? end : range.until());
    }

    private MetadataFormat format(OaiRequest request, ResumptionToken from) {
        if (from != null) {
            return formats.find(from.prefix())
                    .orElseThrow(() -> new OaiException(
                            OaiError.BAD_RESUMPTION_TOKEN,
                            "The resumptionToken names a metadata format this repository no longer gives."));
        }
        String prefix = request.argument("metadataPrefix").orElseThrow();
        return formats.find(prefix).orElseThrow(() -> OaiVerbs.cannotDisseminate(prefix));
    }
}
