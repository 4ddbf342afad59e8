package org.dossier.ingest;

/** Where a record starts in its source, for messages: {@code file:line}. */
public record SourceLocation(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
