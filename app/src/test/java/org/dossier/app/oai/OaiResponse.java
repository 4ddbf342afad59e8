package org.dossier.app.oai;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A response read back, schema-validated, and questioned by XPath (prefixes oai, oai_dc, dc, mods). */
public record OaiResponse(String xml, Document document) {
    private static final Map<String, String> NAMESPACES = Map.of(
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "mods", "http://www.loc.gov/mods/v3");

    public static OaiResponse read(String xml) {
        OaiSchemas.validate(xml);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new OaiResponse(xml, factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }

    public List<String> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    public String one(String expression) {
        try {
            return xpath().evaluate(expression, document);
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The error code, or "" when the response is not an error. */
    String error() {
        return one("/oai:OAI-PMH/oai:error/@code");
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.get(prefix);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
