package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. English and French text is stemmed and has its accents folded, so "securite"
 * finds "sécurité" and "agreements" finds "agreement"; names, topics and places are folded, not stemmed.
 * Public because the SolrCloud adapter analyses queries and telling words with these same analysers (its
 * schema declares the same chains).
 */
public final class Analyzers {
    /** The articles French elides ("l'accord" → "accord"). */
    public static final java.util.List<String> FRENCH_ELISIONS =
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    private Analyzers() {}

    public static CharArraySet englishStopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }

    public static CharArraySet frenchStopWords() {
        return FrenchAnalyzer.getDefaultStopSet();
    }

    /** Whether a lower-cased word is an English or French stop word. */
    public static boolean isStopWord(String word) {
        return englishStopWords().contains(word) || frenchStopWords().contains(word);
    }

    public static Analyzer perField() {
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

    public static Analyzer english() {
        CharArraySet stops = englishStopWords();
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

    public static Analyzer french() {
        CharArraySet stops = frenchStopWords();
        CharArraySet articles = new CharArraySet(FRENCH_ELISIONS, true);
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

    public static Analyzer folded() {
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

    /**
     * Snowball's longer English and French stop lists, as stems, so that MoreLikeThis does not pick "from"
     * or "because" as telling words (the search analysers keep Lucene's short lists, for phrases).
     */
    public static Set<String> commonStems(Analyzer analyzer) throws IOException {
        Set<String> stems = new java.util.HashSet<>();
        for (String[] list :
                new String[][] {{"english_stop.txt", Fields.TEXT_EN}, {"french_stop.txt", Fields.TEXT_FR}}) {
            try (var reader = new java.io.InputStreamReader(
                    java.util.Objects.requireNonNull(SnowballFilter.class.getResourceAsStream(list[0]), list[0]),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                for (Object word : WordlistLoader.getSnowballWordSet(reader)) {
                    try (TokenStream ts = analyzer.tokenStream(list[1], new String((char[]) word))) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            stems.add(term.toString());
                        }
                        ts.end();
                    }
                }
            }
        }
        return stems;
    }

    /** The first {@code max} terms an analyser makes of a field's text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text, int max) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (out.size() < max && ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
