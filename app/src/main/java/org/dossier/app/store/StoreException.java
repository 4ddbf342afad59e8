package org.dossier.app.store;

/** A record the store refuses, naming the field at fault; the record's unit is rolled back. */
class StoreException extends RuntimeException {
    final String field;

    StoreException(String field, String message) {
        super(message);
        this.field = field;
    }
}
