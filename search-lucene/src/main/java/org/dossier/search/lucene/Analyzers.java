package org.dossier.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. English and French text is stemmed and has its accents folded, so "securite"
 * finds "sécurité" and "agreements" finds "agreement"; names, topics and places are folded, not stemmed.
 */
final class Analyzers {
    private Analyzers() {}

    static Analyzer perField() {
        Analyzer english = english();
        Analyzer french = french();
        return new PerFieldAnalyzerWrapper(
                folded(),
                Map.of(
                        Fields.TITLE_EN,
                        english,
                        Fields.TEXT_EN,
                        english,
                        Fields.TITLE_FR,
                        french,
                        Fields.TEXT_FR,
                        french));
    }

    static Analyzer english() {
        CharArraySet stops = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, stops);
                return new TokenStreamComponents(source, new PorterStemFilter(s));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer french() {
        CharArraySet stops = FrenchAnalyzer.getDefaultStopSet();
        CharArraySet articles = new CharArraySet(
                java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
                true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, articles);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stops);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, new FrenchLightStemFilter(s));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
