package org.dossier.publication;

import java.util.List;
import java.util.Objects;

/** Small rules for text fields: blank means absent; outer whitespace, NO-BREAK SPACE included, is not content. */
public final class Text {
    private Text() {}

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : s.substring(start, end);
    }

    /**
     * A one-line text (a title, a type, a topic): {@link #clean}, with every run of whitespace, line breaks and
     * other control characters inside it made one space, as sources such as PA-X break long titles over lines.
     */
    public static String line(String s) {
        String cleaned = clean(s);
        if (cleaned == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(cleaned.length());
        boolean gap = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (isSpace(c) || Character.isISOControl(c)) {
                gap = true;
            } else {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The text without the characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF). */
    public static String xmlSafe(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(Text::xmlAllows).forEach(s::appendCodePoint);
        return s.toString();
    }

    private static boolean xmlAllows(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The non-blank items, cleaned, in order. */
    public static List<String> cleanAll(List<String> items) {
        return items == null
                ? List.of()
                : items.stream().map(Text::clean).filter(Objects::nonNull).toList();
    }

    /** The non-blank items, cleaned, first occurrence of each kept. */
    public static List<String> cleanDistinct(List<String> items) {
        return cleanAll(items).stream().distinct().toList();
    }

    /** Whitespace, including the no-break spaces that saved web pages are full of. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
