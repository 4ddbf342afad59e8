package org.dossier.field;

/**
 * A value that is wrong: the field (or request parameter) it is in, and what is wrong with it. Importers locate
 * it in their file, forms show it next to the field, and the pages and API answer 400 naming the parameter. The
 * field is null when the whole record is at fault.
 */
public final class FieldException extends IllegalArgumentException {
    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
