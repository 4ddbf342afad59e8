package org.dossier.app.shared;

/** Nothing at that id or address: a 404, as JSON from the API and as a page on the site. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
