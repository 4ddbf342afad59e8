package org.dossier.app.oai;

import java.util.List;
import java.util.Objects;
import org.dossier.app.browse.Connection;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * {@code oai_dc}: unqualified Dublin Core, which every harvester reads. Authors are creators (with their
 * role when the source gives one), topics are subjects, places are coverage, the lede and the Summary
 * bullets are descriptions, the publication's page is its identifier.
 */
@Component
class DublinCoreFormat extends MetadataFormat {
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    DublinCoreFormat(OaiIdentity identity, Gazetteer gazetteer) {
        super("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC, identity, gazetteer);
    }

    @Override
    void write(XmlOut xml, Publication p, List<Connection> connections) {
        xml.start("oai_dc", "dc", OAI_DC)
                .declare("oai_dc", OAI_DC)
                .declare("dc", DC)
                .declare("xsi", OaiXml.XSI)
                .attribute("xsi", OaiXml.XSI, "schemaLocation", OAI_DC + " " + schema());
        dc(xml, "title", p.title());
        for (Authorship a : p.authors()) {
            dc(xml, "creator", a.role() == null ? a.person().name() : a.person().name() + " (" + a.role() + ")");
        }
        p.topics().forEach(t -> dc(xml, "subject", t));
        dc(xml, "description", p.lede());
        if (!p.summary().isEmpty()) {
            dc(xml, "description", "Summary: " + String.join(" • ", p.summary()));
        }
        dc(xml, "publisher", identity.publisher());
        dc(xml, "date", p.date() == null ? null : p.date().toString());
        dc(xml, "type", "Text");
        dc(xml, "type", p.type());
        dc(xml, "format", "text/html");
        dc(xml, "identifier", identity.pageUrl(p.path()));
        dc(xml, "source", p.sourceUrl());
        dc(xml, "language", p.language());
        dc(xml, "relation", p.collection());
        dc(
                xml,
                "relation",
                p.series() == null ? null : (p.series() + " " + Objects.toString(p.seriesNumber(), "")).strip());
        connections.forEach(c -> dc(
                xml, "relation", c.words() + ": " + identity.pageUrl(c.other().path())));
        p.places()
                .forEach(code -> dc(
                        xml, "coverage", gazetteer.find(code).map(Place::name).orElse(code)));
        xml.end();
    }

    private static void dc(XmlOut xml, String element, String value) {
        xml.element("dc", element, DC, value);
    }
}
