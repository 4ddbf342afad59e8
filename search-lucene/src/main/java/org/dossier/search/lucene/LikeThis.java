package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dossier.search.TellingWords;

/** A text's telling words with this index's term statistics, and the query for texts like it. */
final class LikeThis {
    static final String[] TEXT_FIELDS = {Fields.TITLE_EN, Fields.TEXT_EN, Fields.TITLE_FR, Fields.TEXT_FR};

    private final Analyzer analyzer;
    private final ReaderTermStates termStates = new ReaderTermStates();

    LikeThis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The stored title and text of an indexed document, by field. */
    static Map<String, List<String>> stored(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, Set.of(TEXT_FIELDS));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String[] values = d.getValues(field);
            if (values.length > 0) {
                out.put(field, List.of(values));
            }
        }
        return out;
    }

    List<TellingWords.Word> words(
            IndexReader reader, Map<String, List<String>> values, TellingWords.Settings settings) {
        return TellingWords.of(
                values,
                settings,
                (field, text, max) -> Analyzers.tokens(analyzer, field, text, max),
                statistics(reader));
    }

    /** A term's query with where the term is in the reader already looked up (as its weight was). */
    TermQuery termQuery(IndexReader reader, String field, String term) {
        Term t = new Term(field, term);
        return new TermQuery(t, termStates.of(reader, t));
    }

    static Query query(List<TellingWords.Word> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (TellingWords.Word w : words) {
            Query term = new TermQuery(new Term(w.field(), w.term()));
            b.add(w.boost() == 1f ? term : new BoostQuery(term, w.boost()), Occur.SHOULD);
        }
        return b.build();
    }

    /** The reader's statistics, with document frequencies kept while the reader serves. */
    TellingWords.Statistics statistics(IndexReader reader) {
        return new TellingWords.Statistics() {
            @Override
            public long publications() {
                return reader.numDocs();
            }

            @Override
            public long docCount(String field) {
                try {
                    return reader.getDocCount(field);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Map<String, Long> docFreqs(String field, Set<String> terms) {
                Map<String, Long> out = new HashMap<>();
                for (String term : terms) {
                    int df = termStates.of(reader, new Term(field, term)).docFreq();
                    if (df > 0) {
                        out.put(term, (long) df);
                    }
                }
                return out;
            }
        };
    }
}
