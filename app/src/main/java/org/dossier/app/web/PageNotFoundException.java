package org.dossier.app.web;

/** Nothing at this address: a 404 page. */
class PageNotFoundException extends RuntimeException {
    PageNotFoundException(String message) {
        super(message);
    }
}
