package org.dossier.ingest.jsonl;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import org.dossier.catalog.Incoming;
import org.dossier.ingest.FieldException;
import org.dossier.ingest.ImportUnit;
import org.dossier.ingest.LineSource;
import org.dossier.ingest.Parsed;
import org.dossier.ingest.RecordError;
import org.dossier.ingest.RecordReader;
import org.dossier.ingest.SourceLocation;
import tools.jackson.core.JacksonException;

/** Reads Dossier JSON Lines (optionally gzip-compressed): one record per line, blank lines skipped. */
public final class JsonLinesReader implements RecordReader {
    private final JsonLinesCodec codec = new JsonLinesCodec();
    private final LineSource lines;
    private final String file;
    private boolean broken;

    public JsonLinesReader(Path path) throws IOException {
        this.lines = new LineSource(path);
        this.file = path.getFileName().toString();
    }

    @Override
    public Parsed next() throws IOException {
        while (!broken) {
            String line;
            try {
                line = lines.readLine();
            } catch (CharacterCodingException e) {
                broken = true;
                return new RecordError(new SourceLocation(file, lines.lineNumber() + 1), null,
                        "is not UTF-8 text; the rest of the file was not read");
            }
            if (line == null) {
                return null;
            }
            if (line.isBlank()) {
                continue;
            }
            SourceLocation at = new SourceLocation(file, lines.lineNumber());
            try {
                return ImportUnit.of(at, Incoming.whole(codec.read(codec.mapper().readTree(line))));
            } catch (FieldException e) {
                return e.at(at);
            } catch (JacksonException e) {
                return new RecordError(at, null, "is not valid JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                return new RecordError(at, null, e.getMessage());
            }
        }
        return null;
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
