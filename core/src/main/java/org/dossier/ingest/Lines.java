package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * A file of one record per line (JSON Lines), read so that a bad line costs only itself: a line that is not UTF-8
 * or is too long is reported in its place, blank lines are skipped, and a compressed file cut short is reported
 * after its last whole line, every record before it kept.
 */
public final class Lines implements AutoCloseable {
    private final TextSource text;
    private final String file;
    private boolean endReported;

    public Lines(Path path) throws IOException {
        this.text = new TextSource(path);
        this.file = path.getFileName().toString();
    }

    /** The next line made a record by {@code parse}, or an error in its place, or null at the end. */
    public Parsed next(BiFunction<SourceLocation, String, Parsed> parse) throws IOException {
        String line;
        while ((line = text.readLine()) != null) {
            SourceLocation at = new SourceLocation(file, text.lineNumber());
            if (text.tooLong()) {
                return new RecordError(at, null, String.format("is longer than %,d characters; skipped", TextSource.MAX_LINE));
            }
            if (text.notUtf8(at.line(), at.line())) {
                return new RecordError(at, null, "is not UTF-8 text; skipped");
            }
            if (!line.isBlank()) {
                return parse.apply(at, line);
            }
        }
        if (text.cutShort() == null || endReported) {
            return null;
        }
        endReported = true;
        return new RecordError(new SourceLocation(file, Math.max(1, text.lineNumber())), null,
                text.cutShort() + ": the records before it are kept");
    }

    public double fractionRead() {
        return text.fractionRead();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
