package org.dossier.app.readinglist;

import java.util.List;
import org.dossier.app.security.Csrf;

/**
 * The page that freezes a search as a reading list: the search (as a query string and as the form's hidden fields),
 * how many results a list keeps, and whether the visitor is signed in (only then is there a form).
 */
public record FreezePage(String query, List<Field> fields, boolean signedIn, int kept, Csrf csrf) {
    public record Field(String name, String value) {}
}
