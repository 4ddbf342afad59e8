package org.dossier.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.publication.Publication;

/** What every search engine indexes of a publication's words, the same way in each. */
public final class IndexedText {
    private IndexedText() {}

    /** The text a reader searches and sees in snippets: lede, summary bullets, body and author note. */
    public static String of(Publication p) {
        List<String> parts = new ArrayList<>();
        if (p.lede() != null) {
            parts.add(p.lede());
        }
        parts.addAll(p.summary());
        if (p.body() != null) {
            parts.add(p.body());
        }
        if (p.about() != null) {
            parts.add(p.about());
        }
        return String.join("\n\n", parts);
    }

    /**
     * What a meaning vector is made of: title, then lede, summary and the start of the text, about as much as
     * a sentence model reads (256 word pieces).
     */
    public static String forMeaning(Publication p) {
        String text = p.title() + "\n\n" + of(p);
        return text.length() > MEANING_CHARS ? text.substring(0, MEANING_CHARS) : text;
    }

    private static final int MEANING_CHARS = 1500;

    /** Whether the publication's words are analysed as French (otherwise as English). */
    public static boolean isFrench(Publication p) {
        return p.language() != null && p.language().toLowerCase(Locale.ROOT).startsWith("fr");
    }

    /** The key a title sorts by: without accents, case or leading punctuation, at most 200 characters. */
    public static String sortKey(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("^[^\\p{L}\\p{N}]+", "");
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
