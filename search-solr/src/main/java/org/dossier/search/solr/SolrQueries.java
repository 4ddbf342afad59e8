package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.dossier.search.ParsedQuery;
import org.dossier.search.ParsedQuery.Field;
import org.dossier.search.Relaxation;

/**
 * A parsed query as Solr's JSON query DSL, built as the embedded index builds its Lucene query: a word is
 * looked for in every field, title weighted above text, best field wins (a disjunction with tie 0.1); a
 * word the index does not know is also looked for one letter off, at half weight.
 */
final class SolrQueries {
    private static final Map<String, Float> ANYWHERE = anywhere();

    private final Analysis analysis;

    SolrQueries(Analysis analysis) {
        this.analysis = analysis;
    }

    private static Map<String, Float> anywhere() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(TITLE_EN, 3f);
        m.put(TITLE_FR, 3f);
        m.put(TEXT_EN, 1f);
        m.put(TEXT_FR, 1f);
        m.put(NAMES, 2f);
        m.put(TOPICS, 1.5f);
        m.put(PLACES, 1.5f);
        m.put(TYPE, 1f);
        m.put(COLLECTION, 1f);
        return m;
    }

    /** The words of a query that may be misspelt: single words of four letters or more, looked for anywhere. */
    List<String> misspellingCandidates(ParsedQuery q) {
        List<String> out = new ArrayList<>();
        for (List<ParsedQuery.Term> group : q.all()) {
            for (ParsedQuery.Term t : group) {
                String token = fuzzyToken(t);
                if (token != null) {
                    out.add(token);
                }
            }
        }
        return out;
    }

    /**
     * The query of a searchable query ({@link ParsedQuery#searchable}): with {@code minimumMatch} 0 every group
     * required; otherwise at least that many of them, those with all of them first ({@link Relaxation}).
     * {@code known} are the candidate words the index has, which are not looked for as misspellings.
     */
    Map<String, Object> build(ParsedQuery q, Set<String> known, int minimumMatch) {
        List<Object> groups = new ArrayList<>();
        for (List<ParsedQuery.Term> group : q.all()) {
            List<Object> alternatives = group.stream().map(t -> term(t, known)).toList();
            groups.add(alternatives.size() == 1 ? alternatives.get(0) : Map.of("bool", Map.of("should", alternatives)));
        }
        List<Object> mustNot = q.none().stream().map(t -> term(t, known)).toList();
        Map<String, Object> bool = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            bool.put("must", List.of("*:*"));
        } else if (minimumMatch == 0) {
            bool.put("must", groups);
        } else {
            List<Object> should = new ArrayList<>(groups);
            should.add(Map.of(
                    "boost",
                    Map.of(
                            "query",
                            Map.of("bool", Map.of("must", groups)),
                            "b",
                            Float.toString(Relaxation.ALL_WORDS_BOOST))));
            bool.put("should", should);
            bool.put("mm", minimumMatch);
        }
        if (!mustNot.isEmpty()) {
            bool.put("must_not", mustNot);
        }
        return Map.of("bool", bool);
    }

    /** The query for one word or phrase, or null when nothing of it is searchable (a stop word). */
    Object term(ParsedQuery.Term t, Set<String> known) {
        if (t.field() == Field.ANY && isOnlyCommonWords(t.text())) {
            return null;
        }
        String escaped = ClientUtils.escapeQueryChars(t.text());
        List<String> perField = new ArrayList<>();
        for (Map.Entry<String, Float> f : fields(t.field()).entrySet()) {
            if (analysis.tokens(f.getKey(), t.text()).isEmpty()) {
                continue;
            }
            String clause = t.phrase() ? f.getKey() + ":\"" + escaped + "\"" : f.getKey() + ":(" + escaped + ")";
            perField.add(f.getValue() == 1f ? clause : clause + "^" + f.getValue());
        }
        String fuzzy = fuzzyToken(t);
        if (fuzzy != null && !known.contains(fuzzy)) {
            perField.add(WORDS + ":" + ClientUtils.escapeQueryChars(fuzzy) + "~1^0.5");
        }
        if (perField.isEmpty()) {
            return null;
        }
        return Map.of(
                "maxscore",
                Map.of("query", perField.stream().collect(Collectors.joining(" OR ")), "tie", 0.1, "q.op", "AND"));
    }

    private String fuzzyToken(ParsedQuery.Term t) {
        if (t.phrase() || t.field() != Field.ANY) {
            return null;
        }
        List<String> tokens = analysis.tokens(WORDS, t.text());
        return tokens.size() == 1 && tokens.get(0).length() >= 4 ? tokens.get(0) : null;
    }

    /** A word that a text analyser drops as too common ("the", "de") is not searched for. */
    private boolean isOnlyCommonWords(String text) {
        return analysis.tokens(TEXT_EN, text).isEmpty()
                || analysis.tokens(TEXT_FR, text).isEmpty();
    }

    private static Map<String, Float> fields(Field field) {
        return switch (field) {
            case ANY -> ANYWHERE;
            case TITLE -> Map.of(TITLE_EN, 1f, TITLE_FR, 1f);
            case AUTHOR -> Map.of(NAMES, 1f);
            case TOPIC -> Map.of(TOPICS, 1f);
            case COUNTRY -> Map.of(PLACES, 1f);
            case TYPE -> Map.of(TYPE, 1f);
            case COLLECTION -> Map.of(COLLECTION, 1f);
        };
    }
}
