package org.dossier.ingest.jsonl;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.ingest.Lines;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordReader;

/** Reads Dossier JSON Lines (optionally gzip-compressed): one record per line, blank lines skipped. */
public final class JsonLinesReader implements RecordReader {
    private final JsonLinesCodec codec = new JsonLinesCodec();
    private final Lines lines;

    public JsonLinesReader(Path path) throws IOException {
        this.lines = new Lines(path);
    }

    @Override
    public Parsed next() throws IOException {
        return lines.next(line -> codec.read(codec.mapper().readTree(line)));
    }

    @Override
    public double fractionRead() {
        return lines.fractionRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
