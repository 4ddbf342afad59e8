package org.dossier.ingest;

import org.dossier.field.FieldException;

/** A record that cannot be imported, and why: {@code file:line: field: what is wrong}. */
public record RecordError(SourceLocation location, String field, String message) implements Parsed {

    /** The wrong field, located in its file. */
    public static RecordError at(SourceLocation location, FieldException e) {
        return new RecordError(location, e.field(), e.getMessage());
    }

    @Override
    public String toString() {
        return location + ": " + (field == null ? "" : field + ": ") + message;
    }
}
