package org.dossier.app.taxonomy;

import java.util.List;
import java.util.Map;
import org.dossier.app.security.Csrf;

/** The pages for places: all of them with the form to add one, and one place's form. */
public final class PlacePages {
    private PlacePages() {}

    /** A place in the list: what it is, where it lies, and how many publications name it. */
    public record Row(String code, String name, String kind, String in, long publications) {}

    /** The form, what was wrong with it (by field), and the notices after a change. */
    public record Form(PlaceForm form, Map<String, String> errors, String done, String problem) {
        public String error(String field) {
            return errors.get(field);
        }
    }

    /** Every place, and the form to add one. */
    public record All(String me, Csrf csrf, List<String> kinds, List<Row> places, Form add) {}

    /** One place's form, with the places within it and how many publications are in it. */
    public record One(String me, Csrf csrf, String code, Form edit, List<String> within, long publications) {}
}
