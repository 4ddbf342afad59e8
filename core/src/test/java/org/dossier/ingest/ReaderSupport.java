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

    /** Copies a fixture to a file; works also when the fixtures are inside a jar. */
    public static Path copyFixture(String name, Path target) throws IOException {
        try (var in = ReaderSupport.class.getResourceAsStream("/fixtures/" + name)) {
            java.nio.file.Files.copy(in, target);
        }
        return target;
    }

    public static Path fixture(String name) {
        try {
            return Path.of(ReaderSupport.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
