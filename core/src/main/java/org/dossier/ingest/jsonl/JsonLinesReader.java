package org.dossier.ingest.jsonl;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.catalog.Incoming;
import org.dossier.ingest.FieldException;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.Lines;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.SourceLocation;
import tools.jackson.core.JacksonException;

/** Reads Dossier JSON Lines (optionally gzip-compressed): one record per line, blank lines skipped. */
public final class JsonLinesReader implements RecordReader {
    private final JsonLinesCodec codec = new JsonLinesCodec();
    private final Lines lines;

    public JsonLinesReader(Path path) throws IOException {
        this.lines = new Lines(path);
    }

    @Override
    public Parsed next() throws IOException {
        return lines.next(this::record);
    }

    private Parsed record(SourceLocation at, String line) {
        try {
            return ImportUnit.of(at, Incoming.whole(codec.read(codec.mapper().readTree(line))));
        } catch (FieldException e) {
            return e.at(at);
        } catch (JacksonException e) {
            return new RecordError(at, null, "is not valid JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return new RecordError(at, null, String.valueOf(e.getMessage()));
        }
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
