package org.dossier.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dossier.search.lucene.Analyzers;

/**
 * The schema's analysis, run here: the same analysers as the embedded index, under the same field names,
 * so that what is sent to Solr as terms is what Solr would have made of the text (SameAnalysisTest).
 */
final class Analysis {
    private final Analyzer analyzer = Analyzers.perField();
    private final Set<String> commonStems;

    Analysis() {
        try {
            this.commonStems = Analyzers.commonStems(analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stems too common to tell anything about a text (Snowball's English and French stop lists). */
    Set<String> commonStems() {
        return commonStems;
    }

    List<String> tokens(String field, String text) {
        return tokens(field, text, Integer.MAX_VALUE);
    }

    /** The first {@code max} terms this field makes of the text. */
    List<String> tokens(String field, String text, int max) {
        return Analyzers.tokens(analyzer, field, text, max);
    }

    /** Each term with the words of the text it came from, in the order of the text. */
    List<String[]> termsWithWords(String field, String text) {
        List<String[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new String[] {term.toString(), text.substring(offset.startOffset(), offset.endOffset())});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
