package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Reads a whole source in tests. */
public final class ReaderSupport {
    private ReaderSupport() {}

    public static List<Parsed> readAll(RecordReader reader) throws IOException {
        List<Parsed> out = new ArrayList<>();
        try (reader) {
            for (Parsed p = reader.next(); p != null; p = reader.next()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Our own Peace Brief in the founding page's format (lede, Summary, About this Brief, three related cards). */
    public static final String BRIEF = "peace-brief-mali-decentralisation.txt";

    /** The brief as a file of its own name, as an importer would find it; works also when the fixtures are inside a jar. */
    public static Path briefPage() {
        try {
            return copyFixture(
                    BRIEF,
                    java.nio.file.Files.createTempDirectory("dossier-brief").resolve(BRIEF));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies a fixture to a file; works also when the fixtures are inside a jar. */
    public static Path copyFixture(String name, Path target) throws IOException {
        try (var in = ReaderSupport.class.getResourceAsStream("/fixtures/" + name)) {
            java.nio.file.Files.copy(in, target);
        }
        return target;
    }

    /** The bytes with others put in at {@code at}. */
    public static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** Where a line (counted from 1) of a text starts. */
    public static int offsetOfLine(byte[] text, int line) {
        int at = 0;
        for (int seen = 1; seen < line; at++) {
            seen += text[at] == '\n' ? 1 : 0;
        }
        return at;
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    public static Path fixture(String name) {
        try {
            return Path.of(ReaderSupport.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
