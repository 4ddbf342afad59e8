package org.dossier.ingest;

/** A field of a record that is wrong: the field's name and what is wrong with it. */
public final class FieldException extends IllegalArgumentException {
    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public RecordError at(SourceLocation location) {
        return new RecordError(location, field, getMessage());
    }
}
