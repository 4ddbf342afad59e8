package org.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.dossier.search.SearchResult.Fragment;

/**
 * A snippet as a highlighter writes it: private-use characters, which cannot come from a publication's
 * text, mark where a match starts and ends and where one passage ends and the next begins.
 */
public final class MarkedSnippet {
    public static final char START = '\uE000';
    public static final char END = '\uE001';
    public static final char GAP = '\uE002';

    private MarkedSnippet() {}

    /** The snippet as fragments marked matched or not; passages are joined by " … ", lines by spaces. */
    public static List<Fragment> parse(String marked) {
        List<Fragment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (char c : marked.toCharArray()) {
            if (c == START || c == END) {
                if (!text.isEmpty()) {
                    out.add(new Fragment(text.toString(), match));
                    text.setLength(0);
                }
                match = c == START;
            } else if (c == GAP) {
                text.append(" … ");
            } else {
                text.append(c == '\n' ? ' ' : c);
            }
        }
        if (!text.isEmpty()) {
            out.add(new Fragment(text.toString(), match));
        }
        return out;
    }

    /** Whether a character of the text would be read as a mark, and must be left out of a snippet. */
    public static boolean isMark(char c) {
        return c >= START && c <= GAP;
    }

    /** The text without characters that would be read as marks. */
    public static String withoutMarks(String text) {
        return text.replaceAll("[\uE000-\uE002]", "");
    }
}
