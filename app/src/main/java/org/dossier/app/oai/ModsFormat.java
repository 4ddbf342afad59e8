package org.dossier.app.oai;

import java.util.List;
import org.dossier.app.browse.Connection;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.publication.Authorship;
import org.dossier.publication.Publication;
import org.springframework.stereotype.Component;

/**
 * {@code mods}: MODS 3.8, the Library of Congress's richer bibliographic format, which keeps what Dublin
 * Core flattens: each author's name with role, credentials and affiliation, the genre, the date as
 * precise as it is known, the Summary apart from the lede, topics and places as subjects, the collection
 * as a series, and the page and the original source as locations.
 */
@Component
class ModsFormat extends MetadataFormat {
    static final String MODS = "http://www.loc.gov/mods/v3";

    ModsFormat(OaiIdentity identity, Gazetteer gazetteer) {
        super("mods", "http://www.loc.gov/standards/mods/v3/mods-3-8.xsd", MODS, identity, gazetteer);
    }

    @Override
    void write(XmlOut xml, Publication p, List<Connection> connections) {
        xml.start("", "mods", MODS)
                .declare("", MODS)
                .declare("xsi", OaiXml.XSI)
                .attribute("xsi", OaiXml.XSI, "schemaLocation", MODS + " " + schema())
                .attribute("version", "3.8");
        xml.start("", "titleInfo", MODS);
        mods(xml, "title", p.title());
        xml.end();
        p.authors().forEach(a -> name(xml, a));
        mods(xml, "typeOfResource", "text");
        mods(xml, "genre", p.type());
        String publisher = identity.publisher();
        if (publisher != null || p.date() != null) {
            xml.start("", "originInfo", MODS);
            mods(xml, "publisher", publisher);
            if (p.date() != null) {
                xml.start("", "dateIssued", MODS)
                        .attribute("encoding", "w3cdtf")
                        .attribute("keyDate", "yes")
                        .text(p.date().toString())
                        .end();
            }
            xml.end();
        }
        if (p.language() != null) {
            xml.start("", "language", MODS)
                    .start("", "languageTerm", MODS)
                    .attribute("type", "code")
                    .attribute("authority", "rfc5646")
                    .text(p.language())
                    .end()
                    .end();
        }
        xml.start("", "physicalDescription", MODS);
        mods(xml, "internetMediaType", "text/html");
        mods(xml, "digitalOrigin", "born digital");
        xml.end();
        mods(xml, "abstract", p.lede());
        if (!p.summary().isEmpty()) {
            xml.start("", "abstract", MODS)
                    .attribute("displayLabel", "Summary")
                    .attribute("type", "summary")
                    .text(String.join("\n", p.summary()))
                    .end();
        }
        p.topics()
                .forEach(t -> xml.start("", "subject", MODS)
                        .element("", "topic", MODS, t)
                        .end());
        for (String code : p.places()) {
            String placeName = gazetteer.find(code).map(Place::name).orElse(code);
            xml.start("", "subject", MODS)
                    .element("", "geographic", MODS, placeName)
                    .end();
        }
        if (p.collection() != null) {
            xml.start("", "relatedItem", MODS)
                    .attribute("type", "series")
                    .start("", "titleInfo", MODS)
                    .element("", "title", MODS, p.collection())
                    .end()
                    .end();
        }
        if (p.series() != null) {
            xml.start("", "relatedItem", MODS).attribute("type", "series").start("", "titleInfo", MODS);
            mods(xml, "title", p.series());
            mods(xml, "partNumber", p.seriesNumber());
            xml.end().end();
        }
        connections.forEach(c -> related(xml, c));
        if (p.sourceUrl() != null) {
            xml.start("", "relatedItem", MODS)
                    .attribute("type", "original")
                    .start("", "location", MODS)
                    .element("", "url", MODS, p.sourceUrl())
                    .end()
                    .end();
        }
        String page = identity.pageUrl(p.path());
        xml.start("", "identifier", MODS).attribute("type", "uri").text(page).end();
        xml.start("", "location", MODS)
                .start("", "url", MODS)
                .attribute("usage", "primary")
                .attribute("access", "object in context")
                .text(page)
                .end()
                .end();
        xml.start("", "recordInfo", MODS);
        mods(xml, "recordContentSource", identity.repositoryName());
        xml.start("", "recordChangeDate", MODS)
                .attribute("encoding", "iso8601")
                .text(OaiDates.format(p.updated()))
                .end();
        mods(xml, "recordIdentifier", p.id());
        xml.end();
        xml.end();
    }

    /** Another publication as a related item of the type MODS gives the relation: preceding, host, constituent … */
    private void related(XmlOut xml, Connection c) {
        xml.start("", "relatedItem", MODS)
                .attribute("type", c.kind().mods(c.inverse()))
                .attribute("displayLabel", c.words())
                .start("", "titleInfo", MODS);
        mods(xml, "title", c.other().title());
        xml.end();
        String page = identity.pageUrl(c.other().path());
        xml.start("", "identifier", MODS).attribute("type", "uri").text(page).end();
        xml.start("", "location", MODS).element("", "url", MODS, page).end();
        xml.end();
    }

    private static void name(XmlOut xml, Authorship a) {
        xml.start("", "name", MODS).attribute("type", "personal");
        mods(xml, "namePart", a.person().name());
        mods(xml, "affiliation", a.person().affiliation());
        xml.start("", "role", MODS)
                .start("", "roleTerm", MODS)
                .attribute("type", "text")
                .attribute("authority", "marcrelator")
                .text("author")
                .end()
                .end();
        mods(xml, "description", a.role());
        mods(xml, "description", a.person().credentials());
        xml.end();
    }

    private static void mods(XmlOut xml, String element, String text) {
        xml.element("", element, MODS, text);
    }
}
