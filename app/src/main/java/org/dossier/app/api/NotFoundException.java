package org.dossier.app.api;

/** Nothing at that id; answered with 404. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
