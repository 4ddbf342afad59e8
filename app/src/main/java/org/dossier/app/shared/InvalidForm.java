package org.dossier.app.shared;

import java.util.Map;

/** A form that cannot be saved: what is wrong, by field, to show next to each. Nothing was saved. */
public final class InvalidForm extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidForm(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
