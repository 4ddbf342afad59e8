package org.dossier.ingest;

import java.util.List;
import org.dossier.catalog.Incoming;

/**
 * What is written as one: a record, or a page with the related cards it links to, in write order.
 * Notes are things the user should know although nothing failed (a tag kept whole, a provisional title).
 */
public record ImportUnit(SourceLocation location, List<Incoming> publications, List<String> notes) implements Parsed {

    public ImportUnit {
        publications = List.copyOf(publications);
        notes = List.copyOf(notes);
    }

    public static ImportUnit of(SourceLocation location, Incoming incoming) {
        return new ImportUnit(location, List.of(incoming), List.of());
    }
}
