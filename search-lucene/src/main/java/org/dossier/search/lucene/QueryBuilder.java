package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.dossier.search.ParsedQuery;
import org.dossier.search.ParsedQuery.Field;
import org.dossier.search.Relaxation;

/**
 * Turns a parsed query into a Lucene query. A word is looked for in every field, title weighted above
 * text (BM25 per field, best field wins); a word the index does not know is also looked for one letter
 * off, so a misspelling still finds ("Sahell" finds "Sahel"). One edit, not two: two cost 20 ms on 100k
 * publications (bench/search-latency.sh) and find mostly other words.
 */
final class QueryBuilder {
    private static final Map<String, Float> ANYWHERE = Map.of(
            Fields.TITLE_EN,
            3f,
            Fields.TITLE_FR,
            3f,
            Fields.TEXT_EN,
            1f,
            Fields.TEXT_FR,
            1f,
            Fields.NAMES,
            2f,
            Fields.TOPICS,
            1.5f,
            Fields.PLACES,
            1.5f,
            Fields.TYPE,
            1f,
            Fields.COLLECTION,
            1f);

    private final Analyzer analyzer;
    private final org.apache.lucene.util.QueryBuilder lucene;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.lucene = new org.apache.lucene.util.QueryBuilder(analyzer);
    }

    /**
     * The query of a searchable query ({@link ParsedQuery#searchable}): with {@code minimumMatch} 0 every group
     * required; otherwise at least that many of them, those with all of them first ({@link Relaxation}), then
     * those with more of them (and rarer ones).
     */
    Query build(ParsedQuery q, IndexReader reader, int minimumMatch) {
        List<Query> groups = new ArrayList<>();
        for (List<ParsedQuery.Term> group : q.all()) {
            List<Query> alternatives = group.stream().map(t -> term(t, reader)).toList();
            if (alternatives.size() == 1) {
                groups.add(alternatives.get(0));
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                alternatives.forEach(a -> or.add(a, Occur.SHOULD));
                groups.add(or.build());
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (groups.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (minimumMatch == 0) {
            groups.forEach(g -> b.add(g, Occur.MUST));
        } else {
            groups.forEach(g -> b.add(g, Occur.SHOULD));
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            groups.forEach(g -> all.add(g, Occur.MUST));
            b.add(new BoostQuery(all.build(), Relaxation.ALL_WORDS_BOOST), Occur.SHOULD);
            b.setMinimumNumberShouldMatch(minimumMatch);
        }
        for (ParsedQuery.Term t : q.none()) {
            b.add(term(t, reader), Occur.MUST_NOT);
        }
        return b.build();
    }

    /** The query for one word or phrase, or null when nothing of it is searchable (a stop word). */
    Query term(ParsedQuery.Term t, IndexReader reader) {
        if (t.field() == Field.ANY && isOnlyCommonWords(t.text())) {
            return null;
        }
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> f : fields(t.field()).entrySet()) {
            Query q = t.phrase()
                    ? lucene.createPhraseQuery(f.getKey(), t.text())
                    : lucene.createBooleanQuery(f.getKey(), t.text(), Occur.MUST);
            if (q != null) {
                perField.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()));
            }
        }
        if (!t.phrase() && t.field() == Field.ANY) {
            perField.addAll(misspellings(t.text(), reader));
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
    }

    /** Near spellings of a single word that appears nowhere in the index. */
    private List<Query> misspellings(String word, IndexReader reader) {
        try {
            List<String> tokens = tokens(Fields.WORDS, word);
            if (tokens.size() != 1 || tokens.get(0).length() < 4) {
                return List.of();
            }
            Term term = new Term(Fields.WORDS, tokens.get(0));
            if (reader.docFreq(term) > 0) {
                return List.of();
            }
            return List.of(new BoostQuery(new FuzzyQuery(term, 1, 1, 10, true), 0.5f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word that a text analyser drops as too common ("the", "de") is not searched for. */
    private boolean isOnlyCommonWords(String text) {
        return tokens(Fields.TEXT_EN, text).isEmpty()
                || tokens(Fields.TEXT_FR, text).isEmpty();
    }

    private List<String> tokens(String field, String text) {
        return Analyzers.tokens(analyzer, field, text, Integer.MAX_VALUE);
    }

    private static Map<String, Float> fields(Field field) {
        return switch (field) {
            case ANY -> ANYWHERE;
            case TITLE -> Map.of(Fields.TITLE_EN, 1f, Fields.TITLE_FR, 1f);
            case AUTHOR -> Map.of(Fields.NAMES, 1f);
            case TOPIC -> Map.of(Fields.TOPICS, 1f);
            case COUNTRY -> Map.of(Fields.PLACES, 1f);
            case TYPE -> Map.of(Fields.TYPE, 1f);
            case COLLECTION -> Map.of(Fields.COLLECTION, 1f);
        };
    }
}
