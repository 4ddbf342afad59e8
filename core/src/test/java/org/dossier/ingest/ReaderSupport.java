package org.dossier.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole source in tests. */
public final class ReaderSupport {
    private ReaderSupport() {
    }

    public static List<Parsed> readAll(RecordReader reader) throws IOException {
        List<Parsed> out = new ArrayList<>();
        try (reader) {
            for (Parsed p = reader.next(); p != null; p = reader.next()) {
                out.add(p);
            }
        }
        return out;
    }

    public static Path fixture(String name) {
        try {
            return Path.of(ReaderSupport.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
