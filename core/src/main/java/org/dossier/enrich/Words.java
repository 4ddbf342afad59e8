package org.dossier.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text's words as place names are matched: runs of letters, compared without case or accents. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\d+");

    /** A word as written, where it starts, and its key (lower case, no accents). */
    record Word(String written, int start, String key) {
        boolean capitalised() {
            return Character.isUpperCase(written.codePointAt(0));
        }

        boolean allCapitals() {
            return written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT));
        }
    }

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), key(m.group())));
        }
        return words;
    }

    static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
