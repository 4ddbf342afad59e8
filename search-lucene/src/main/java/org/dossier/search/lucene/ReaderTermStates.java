package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Where each term is in the reader searches use now (and so how many documents hold it), kept while that reader
 * serves: the related block of a long text looks up hundreds of words twice (their weight, then the candidates
 * that hold them), most of them the same common ones from one text to the next.
 */
final class ReaderTermStates {
    private static final int KEPT = 100_000;

    private volatile Kept kept = new Kept(null, null, new ConcurrentHashMap<>());

    private record Kept(IndexReader reader, IndexSearcher searcher, Map<Term, TermStates> states) {}

    TermStates of(IndexReader reader, Term term) {
        Kept current = kept;
        if (current.reader() != reader) {
            current = new Kept(reader, new IndexSearcher(reader), new ConcurrentHashMap<>());
            kept = current;
        }
        TermStates states = current.states().get(term);
        if (states == null) {
            try {
                states = TermStates.build(current.searcher(), term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (current.states().size() < KEPT) {
                current.states().put(term, states);
            }
        }
        return states;
    }
}
