package org.dossier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dossier.search.MarkedSnippet;
import org.dossier.search.SearchResult.Fragment;

/**
 * Snippets of the text around what a query found, as fragments marked matched or not, so the page that
 * shows them escapes the text itself and only marks the matches.
 */
final class Highlights {
    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document, in the order of the documents; empty when the query matched no text. */
    List<List<Fragment>> of(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        UnifiedHighlighter highlighter = new UnifiedHighlighter.Builder(searcher, analyzer)
                .withFormatter(new Marking())
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxLength(100_000)
                .build();
        var byField = highlighter.highlightFields(Fields.TEXTS, query, docs, new int[] {2, 2});
        List<List<Fragment>> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            String marked = null;
            for (String field : Fields.TEXTS) {
                String[] values = byField.get(field);
                if (values != null && values[i] != null) {
                    marked = values[i];
                    break;
                }
            }
            out.add(marked == null ? List.of() : MarkedSnippet.parse(marked));
        }
        return out;
    }

    /** Writes passages with private-use characters around matches; they cannot come from the text. */
    private static final class Marking extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder s = new StringBuilder();
            for (Passage p : passages) {
                if (!s.isEmpty()) {
                    s.append(MarkedSnippet.GAP);
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], pos);
                    int end = p.getMatchEnds()[i];
                    if (end <= pos) {
                        continue;
                    }
                    append(s, content, pos, start);
                    s.append(MarkedSnippet.START);
                    append(s, content, start, end);
                    s.append(MarkedSnippet.END);
                    pos = end;
                }
                append(s, content, pos, p.getEndOffset());
            }
            return s.toString();
        }

        private static void append(StringBuilder s, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                if (!MarkedSnippet.isMark(c)) {
                    s.append(c);
                }
            }
        }
    }
}
