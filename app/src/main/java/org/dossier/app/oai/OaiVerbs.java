package org.dossier.app.oai;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dossier.app.oai.OaiException.OaiError;
import org.dossier.catalog.ChangeLog;
import org.dossier.catalog.ChangeLog.Change;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * The verbs that answer in one response: Identify, ListMetadataFormats, ListSets and GetRecord. Each
 * works out its answer before it writes, so that an error is the whole response.
 */
@Component
class OaiVerbs {
    private final ChangeLog changes;
    private final OaiIdentity identity;
    private final MetadataFormats formats;
    private final OaiSets sets;
    private final OaiRecords records;
    private final Clock clock;

    OaiVerbs(
            ChangeLog changes,
            OaiIdentity identity,
            MetadataFormats formats,
            OaiSets sets,
            OaiRecords records,
            Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.identity = identity;
        this.formats = formats;
        this.sets = sets;
        this.records = records;
    }

    void identify(XmlOut xml, Instant now) {
        Instant earliest = changes.earliest().orElse(now);
        OaiXml.start(xml, "Identify");
        OaiXml.element(xml, "repositoryName", identity.repositoryName());
        OaiXml.element(xml, "baseURL", identity.baseUrl());
        OaiXml.element(xml, "protocolVersion", "2.0");
        OaiXml.element(xml, "adminEmail", identity.adminEmail());
        OaiXml.element(xml, "earliestDatestamp", OaiDates.format(earliest));
        OaiXml.element(xml, "deletedRecord", "persistent");
        OaiXml.element(xml, "granularity", OaiDates.GRANULARITY);
        xml.end();
    }

    void listMetadataFormats(XmlOut xml, OaiRequest request) {
        request.argument("identifier").ifPresent(this::change);
        OaiXml.start(xml, "ListMetadataFormats");
        for (MetadataFormat f : formats.all()) {
            OaiXml.start(xml, "metadataFormat");
            OaiXml.element(xml, "metadataPrefix", f.prefix());
            OaiXml.element(xml, "schema", f.schema());
            OaiXml.element(xml, "metadataNamespace", f.namespace());
            xml.end();
        }
        xml.end();
    }

    void listSets(XmlOut xml, OaiRequest request) {
        if (request.argument("resumptionToken").isPresent()) {
            throw new OaiException(
                    OaiError.BAD_RESUMPTION_TOKEN, "ListSets answers in one response; it gives no resumptionToken.");
        }
        List<OaiSets.OaiSet> all = sets.all();
        OaiXml.start(xml, "ListSets");
        for (OaiSets.OaiSet set : all) {
            OaiXml.start(xml, "set");
            OaiXml.element(xml, "setSpec", set.spec());
            OaiXml.element(xml, "setName", set.name());
            xml.end();
        }
        xml.end();
    }

    void getRecord(XmlOut xml, OaiRequest request) {
        String prefix = request.argument("metadataPrefix").orElseThrow();
        MetadataFormat format = formats.find(prefix).orElseThrow(() -> cannotDisseminate(prefix));
        Change change = change(request.argument("identifier").orElseThrow());
        Map<String, Publication> publications = records.publications(List.of(change));
        if (!change.deleted() && !publications.containsKey(change.id())) {
            throw unknown(identity.identifier(change.id()));
        }
        OaiXml.start(xml, "GetRecord");
        records.record(
                xml,
                change,
                publications.get(change.id()),
                records.connections(publications.values()).getOrDefault(change.id(), List.of()),
                format);
        xml.end();
    }

    static OaiException cannotDisseminate(String prefix) {
        return new OaiException(
                OaiError.CANNOT_DISSEMINATE_FORMAT,
                "The metadata format '" + prefix
                        + "' is not one this repository gives: ListMetadataFormats lists them.");
    }

    /** The last change of a record, unless it is still to come (a publication under embargo). */
    private Change change(String identifier) {
        return identity.publicationId(identifier)
                .flatMap(changes::find)
                .filter(c -> !c.at().isAfter(clock.instant()))
                .orElseThrow(() -> unknown(identifier));
    }

    private static OaiException unknown(String identifier) {
        return new OaiException(OaiError.ID_DOES_NOT_EXIST, "No record has the identifier '" + identifier + "'.");
    }
}
