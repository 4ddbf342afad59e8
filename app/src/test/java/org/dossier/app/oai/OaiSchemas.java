package org.dossier.app.oai;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.dossier.Prerequisites;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The official OAI-PMH 2.0 schemas (OAI-PMH.xsd, oai_dc.xsd and the Dublin Core schema it imports)
 * with MODS 3.8, for validating whole responses, metadata included. The OAI files are not in any Maven
 * artifact; {@code .ci/run} copies them from Debian's python3-gavo package to
 * {@code ~/.cache/dossier/oai-pmh-schemas} (or set DOSSIER_OAI_SCHEMAS). The MODS files (and the xml and xlink schemas) are unpacked by
 * the build into {@code target/schemas/mods}. Imports are resolved by namespace to these local files.
 */
final class OaiSchemas {
    private static Schema schema;

    private OaiSchemas() {}

    static synchronized Schema get() {
        if (schema == null) {
            schema = load();
        }
        return schema;
    }

    static void validate(String xml) {
        try {
            get().newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("The response does not validate: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        String configured = System.getenv("DOSSIER_OAI_SCHEMAS");
        Path oai = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "dossier", "oai-pmh-schemas");
        Prerequisites.require(
                Files.isRegularFile(oai.resolve("OAI-PMH.xsd")),
                "the OAI-PMH schemas are not in " + oai
                        + " — run .ci/run, or copy OAI-PMH.xsd, oai_dc.xsd and simpledc20021212.xsd there (see docs/oai.md)");
        Path mods = Path.of("target", "schemas", "mods");
        Map<String, Path> byNamespace = Map.of(
                "http://www.openarchives.org/OAI/2.0/oai_dc/", oai.resolve("oai_dc.xsd"),
                "http://purl.org/dc/elements/1.1/", oai.resolve("simpledc20021212.xsd"),
                "http://www.w3.org/XML/1998/namespace", mods.resolve("xml-2009.xsd"),
                "http://www.w3.org/1999/xlink", mods.resolve("xlink-1999_mycore.xsd"),
                "http://www.loc.gov/mods/v3", mods.resolve("xsd/mods-3-8.xsd"));
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                LSInput input = ls.createLSInput();
                if (namespace == null) { // a schema's DTD, which validation does not need
                    input.setStringData("");
                    return input;
                }
                Path file = byNamespace.get(namespace);
                if (file == null) {
                    return null;
                }
                input.setSystemId(file.toUri().toString());
                return input;
            });
            return factory.newSchema(new Source[] {
                new StreamSource(oai.resolve("OAI-PMH.xsd").toFile()),
                new StreamSource(oai.resolve("oai_dc.xsd").toFile()),
                new StreamSource(mods.resolve("xsd/mods-3-8.xsd").toFile())
            });
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("The schemas do not load", e);
        }
    }
}
