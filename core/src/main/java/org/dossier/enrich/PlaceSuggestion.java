package org.dossier.enrich;

import java.util.List;
import java.util.Map;

/**
 * A place a publication's text suggests: a country by the names found for it ({@code evidence}: "Bamako" → 3,
 * "Mali" → 7, in order of first appearance) and where the first was (a character offset in the field), or a region
 * through its countries ({@code through}). The score orders the suggestions; it is not a probability.
 */
public record PlaceSuggestion(
        String code,
        double score,
        Map<String, Integer> evidence,
        String firstField,
        int firstOffset,
        List<String> through) {

    /** "Bamako ×3, Mali ×7", or "through Mali" for a region. */
    public String evidenceText() {
        if (!through.isEmpty()) {
            return "through " + String.join(", ", through);
        }
        StringBuilder s = new StringBuilder();
        evidence.forEach((name, n) ->
                s.append(s.isEmpty() ? "" : ", ").append(name).append(" ×").append(n));
        return s.toString();
    }
}
