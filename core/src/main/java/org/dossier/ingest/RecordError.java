package org.dossier.ingest;

/** A record that cannot be imported, and why: {@code file:line: field: what is wrong}. */
public record RecordError(SourceLocation location, String field, String message) implements Parsed {
    @Override
    public String toString() {
        return location + ": " + (field == null ? "" : field + ": ") + message;
    }
}
