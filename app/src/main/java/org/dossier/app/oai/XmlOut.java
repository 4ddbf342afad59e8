package org.dossier.app.oai;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.publication.Text;

/**
 * An XML document written element by element (StAX), with text and attribute values cleaned of the
 * characters XML 1.0 cannot carry (control characters, lone surrogates) that imported text may hold.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element in a namespace, writing it with this prefix ("" for the default namespace). */
    XmlOut start(String prefix, String name, String namespace) {
        return write(() -> xml.writeStartElement(prefix, name, namespace));
    }

    XmlOut declare(String prefix, String namespace) {
        return write(() -> {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(namespace);
            } else {
                xml.writeNamespace(prefix, namespace);
            }
        });
    }

    XmlOut attribute(String name, String value) {
        return write(() -> xml.writeAttribute(name, Text.xmlSafe(value)));
    }

    XmlOut attribute(String prefix, String namespace, String name, String value) {
        return write(() -> xml.writeAttribute(prefix, namespace, name, Text.xmlSafe(value)));
    }

    XmlOut text(String text) {
        return write(() -> xml.writeCharacters(Text.xmlSafe(text)));
    }

    XmlOut end() {
        return write(xml::writeEndElement);
    }

    /** A whole element with text; nothing when the text is null or blank. */
    XmlOut element(String prefix, String name, String namespace, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return start(prefix, name, namespace).text(text).end();
    }

    @Override
    public String toString() {
        write(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        return out.toString();
    }

    private XmlOut write(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
