package org.dossier.app.oai;

import java.util.List;
import org.dossier.app.browse.Connection;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;

/**
 * A metadata format the repository disseminates: its prefix, schema and namespace, and how a publication reads
 * in it (with the repository's identity and the names of places at hand).
 */
abstract class MetadataFormat {
    private final String prefix;
    private final String schema;
    private final String namespace;
    final OaiIdentity identity;
    final Gazetteer gazetteer;

    MetadataFormat(String prefix, String schema, String namespace, OaiIdentity identity, Gazetteer gazetteer) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
        this.identity = identity;
        this.gazetteer = gazetteer;
    }

    final String prefix() {
        return prefix;
    }

    final String schema() {
        return schema;
    }

    final String namespace() {
        return namespace;
    }

    /**
     * Writes the publication's metadata as one root element in the format's namespace; {@code connections} are how
     * it belongs with other publications readers may see.
     */
    abstract void write(XmlOut xml, Publication publication, List<Connection> connections);
}
