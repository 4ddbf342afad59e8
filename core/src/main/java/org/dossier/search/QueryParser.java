package org.dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the query language a reader can type: words, "exact phrases", -exclusions, OR between
 * alternatives, and field prefixes (author:, title:, topic:, country:, type:, collection:). It never
 * fails: what it cannot use it leaves out and says so in a notice.
 */
public final class QueryParser {
    /** Long enough for a pasted paragraph ("more like this passage"); what is searched is capped in {@link ParsedQuery#searchable}. */
    public static final int MAX_LENGTH = 3000;

    private QueryParser() {}

    public static ParsedQuery parse(String input) {
        List<String> notices = new ArrayList<>();
        String raw = input == null ? "" : input;
        String text = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\uFFFE\\uFFFF&&[^\\t\\n\\r]]", "");
        if (text.length() < raw.length()) {
            notices.add("Control characters were left out of the search.");
        }
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
            notices.add("The search was cut to its first " + MAX_LENGTH + " characters.");
        }
        List<List<ParsedQuery.Term>> all = new ArrayList<>();
        List<ParsedQuery.Term> none = new ArrayList<>();
        boolean or = false;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            boolean negated = text.charAt(i) == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
            if (negated) {
                i++;
            }
            ParsedQuery.Field field = ParsedQuery.Field.ANY;
            int colon = prefixEnd(text, i);
            if (colon > 0) {
                ParsedQuery.Field f =
                        ParsedQuery.Field.ofPrefix(text.substring(i, colon).toLowerCase(java.util.Locale.ROOT));
                if (f != null) {
                    field = f;
                    i = colon + 1;
                }
            }
            String value;
            boolean phrase = i < text.length() && text.charAt(i) == '"';
            if (phrase) {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    notices.add("A closing quote was missing; the phrase was read to the end of the search.");
                    close = text.length();
                }
                value = text.substring(i + 1, close).strip();
                i = Math.min(close + 1, text.length());
            } else {
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                value = text.substring(i, end);
                i = end;
            }
            if (!phrase && field == ParsedQuery.Field.ANY && !negated && value.equals("OR")) {
                or = !all.isEmpty();
                continue;
            }
            if (value.isEmpty() || value.replaceAll("[\\p{P}\\p{S}]", "").isEmpty()) {
                if (field != ParsedQuery.Field.ANY) {
                    String prefix = text.substring(negated ? start + 1 : start, text.indexOf(':', start) + 1);
                    notices.add("\"" + prefix + "\" needs a value, as in " + prefix + "Dion; it was left out.");
                }
                or = false;
                continue;
            }
            ParsedQuery.Term term = new ParsedQuery.Term(field, value, phrase && value.contains(" "));
            if (negated) {
                none.add(term);
            } else if (or) {
                all.get(all.size() - 1).add(term);
            } else {
                List<ParsedQuery.Term> group = new ArrayList<>();
                group.add(term);
                all.add(group);
            }
            or = false;
        }
        if (all.isEmpty() && !none.isEmpty()) {
            notices.add("A search of only exclusions shows everything else.");
        }
        if (all.isEmpty() && none.isEmpty() && !text.isEmpty() && notices.isEmpty()) {
            notices.add("Nothing in the search could be looked for: everything is shown, newest first.");
        }
        return new ParsedQuery(all.stream().map(List::copyOf).toList(), List.copyOf(none), List.copyOf(notices));
    }

    /** The index of the colon ending a field prefix at {@code from}, or -1. */
    private static int prefixEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ':' ? i : -1;
    }
}
