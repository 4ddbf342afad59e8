package org.dossier.app.web;

/** Nothing at this address: a 404 page. */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String message) {
        super(message);
    }
}
