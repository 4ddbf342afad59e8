package org.dossier.publication;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lower-case ASCII words joined by hyphens, accents folded, at most 80 characters. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('’', '\'')
                .replace("'", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 20 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The canonical path of a publication: /publications/{yyyy}/{mm}/{slug}, with what the date knows. */
    public static String path(PublicationDate date, String slug) {
        if (date == null) {
            return "/publications/undated/" + slug;
        }
        String yearAndMonth =
                date.toString().substring(0, date.month() == null ? 4 : 7).replace('-', '/');
        return "/publications/" + yearAndMonth + "/" + slug;
    }
}
