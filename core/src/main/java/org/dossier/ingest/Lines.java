package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.dossier.catalog.Incoming;
import org.dossier.field.FieldException;
import org.dossier.publication.Publication;
import tools.jackson.core.JacksonException;

/**
 * A file of one JSON record per line, read so that a bad line costs only itself: a line that is not UTF-8, is too
 * long, is not JSON or is not a publication is reported in its place, blank lines are skipped, and a compressed
 * file cut short is reported after its last whole line, every record before it kept.
 */
public final class Lines implements AutoCloseable {
    private final TextSource text;
    private final String file;
    private boolean endReported;

    public Lines(Path path) throws IOException {
        this.text = new TextSource(path);
        this.file = path.getFileName().toString();
    }

    /** The next line made a publication by {@code read}, or an error in its place, or null at the end. */
    public Parsed next(Function<String, Publication> read) throws IOException {
        String line;
        while ((line = text.readLine()) != null) {
            SourceLocation at = new SourceLocation(file, text.lineNumber());
            if (text.tooLong()) {
                return new RecordError(
                        at, null, String.format("is longer than %,d characters; skipped", TextSource.MAX_LINE));
            }
            if (text.notUtf8(at.line(), at.line())) {
                return new RecordError(at, null, "is not UTF-8 text; skipped");
            }
            if (!line.isBlank()) {
                return record(at, line, read);
            }
        }
        if (text.cutShort() == null || endReported) {
            return null;
        }
        endReported = true;
        return new RecordError(
                new SourceLocation(file, Math.max(1, text.lineNumber())),
                null,
                text.cutShort() + ": the records before it are kept");
    }

    private static Parsed record(SourceLocation at, String line, Function<String, Publication> read) {
        try {
            return ImportUnit.of(at, Incoming.whole(read.apply(line)));
        } catch (FieldException e) {
            return RecordError.at(at, e);
        } catch (JacksonException e) {
            return new RecordError(at, null, "is not valid JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return new RecordError(at, null, String.valueOf(e.getMessage()));
        }
    }

    public double fractionRead() {
        return text.fractionRead();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
