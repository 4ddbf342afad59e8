package org.dossier.ingest.pagetext;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote a publication and what kind it is in its lede, as institutes' pages say it:
 * "…, writes Hannah Armstrong in this Peace Brief." or "In this Special Report, Jane Doe and John Roe argue …".
 */
record LedeCredits(List<String> authors, String type) {
    private static final String NAME =
            "\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:(?:de|da|van|von|al|el|bin|ibn|la|le)\\s+)?\\p{Lu}[\\p{L}.’'-]*){1,3}";
    private static final String NAMES = "(?<authors>" + NAME + "(?:(?:,\\s*|,?\\s+and\\s+)" + NAME + ")*)";
    private static final String TYPE = "(?<type>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})";
    private static final String VERB =
            "(?:writes|write|argues|argue|says|say|explains|explain|finds|find|examines|examine|notes|note|reports|report|contends|contend|suggests|suggest)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b" + VERB + "\\s+" + NAMES + "\\s+in (?:this|a new|the new|a)\\s+" + TYPE),
            Pattern.compile("\\bIn (?:this|a new|the new)\\s+" + TYPE + ",\\s+" + NAMES + "\\s+" + VERB + "\\b"),
            Pattern.compile(NAMES + "\\s+" + VERB + "\\s+in (?:this|a new|the new)\\s+" + TYPE));

    static LedeCredits find(String lede) {
        if (lede == null) {
            return null;
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(lede);
            if (m.find()) {
                List<String> authors = Arrays.stream(m.group("authors").split(",\\s*(?:and\\s+)?|\\s+and\\s+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                return new LedeCredits(authors, m.group("type").strip());
            }
        }
        return null;
    }
}
