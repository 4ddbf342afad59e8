package org.dossier.app.store;

import java.text.Normalizer;
import java.util.Locale;

/** The key under which a named thing (type, topic, collection) is unique: case, accents and spacing ignored. */
final class Names {
    private Names() {}

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
    }
}
