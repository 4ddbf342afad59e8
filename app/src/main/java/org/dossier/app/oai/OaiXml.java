package org.dossier.app.oai;

import java.time.Instant;
import java.util.Map;

/**
 * The OAI-PMH envelope: the response date, the request it answers (its arguments echoed only when they
 * could be read) and then either the verb's element or an error.
 */
final class OaiXml {
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private OaiXml() {}

    static XmlOut open(Instant now, String baseUrl, Map<String, String> echoed) {
        XmlOut xml = new XmlOut()
                .start("", "OAI-PMH", OAI)
                .declare("", OAI)
                .declare("xsi", XSI)
                .attribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        xml.element("", "responseDate", OAI, OaiDates.format(now));
        xml.start("", "request", OAI);
        echoed.forEach(xml::attribute);
        return xml.text(baseUrl).end();
    }

    static String error(Instant now, String baseUrl, Map<String, String> echoed, OaiException e) {
        XmlOut xml = open(now, baseUrl, echoed);
        xml.start("", "error", OAI)
                .attribute("code", e.error().code)
                .text(e.getMessage())
                .end();
        return xml.end().toString();
    }

    /** Starts an element in the OAI namespace. */
    static XmlOut start(XmlOut xml, String name) {
        return xml.start("", name, OAI);
    }

    static XmlOut element(XmlOut xml, String name, String text) {
        return xml.element("", name, OAI, text);
    }
}
