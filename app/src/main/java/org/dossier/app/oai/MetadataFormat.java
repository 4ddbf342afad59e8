package org.dossier.app.oai;

import org.dossier.publication.Publication;

/** A metadata format the repository disseminates: its prefix, schema and namespace, and how a publication reads in it. */
interface MetadataFormat {
    String prefix();

    String schema();

    String namespace();

    /** Writes the publication's metadata as one root element in the format's namespace. */
    void write(XmlOut xml, Publication publication);
}
