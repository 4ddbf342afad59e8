package org.dossier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Embedder;
import org.dossier.search.Facet;
import org.dossier.search.IndexInUseException;
import org.dossier.search.IndexedText;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Suggestion;

/**
 * The embedded search index: Lucene in a folder ({@code main/} and {@code suggest/}). One writer per
 * folder: the process that serves Dossier owns it. Searches see what was indexed once it is refreshed.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentMapper mapper;
    private final FacetedSearch faceted;
    private final Similar similar;
    private final RelatedCandidates related;
    private final Suggestions suggestions;
    private final Embedder embedder;

    public LuceneSearchIndex(Path folder, Gazetteer gazetteer) {
        this(folder, gazetteer, null);
    }

    /** An index that also stores a meaning vector per publication and finds by meaning, when {@code embedder} is not null. */
    public LuceneSearchIndex(Path folder, Gazetteer gazetteer, Embedder embedder) {
        this.embedder = embedder;
        try {
            Files.createDirectories(folder);
            Analyzer analyzer = Analyzers.perField();
            FacetsConfig config = DocumentMapper.facetsConfig();
            this.directory = FSDirectory.open(folder.resolve("main"));
            this.writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer)
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            .setRAMBufferSizeMB(64));
            this.searchers = new SearcherManager(writer, null);
            this.mapper = new DocumentMapper(gazetteer, config);
            this.faceted = new FacetedSearch(
                    config,
                    new QueryBuilder(analyzer),
                    new Highlights(analyzer),
                    embedder == null ? null : new Hybrid(embedder));
            LikeThis likeThis = new LikeThis(analyzer);
            this.similar = new Similar(likeThis);
            this.related = new RelatedCandidates(analyzer, config, likeThis, embedder != null);
            this.suggestions = new Suggestions(folder.resolve("suggest"), gazetteer);
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException("the search index in " + folder + " is in use by another process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void index(Collection<Publication> publications) {
        write(publications, true);
    }

    /** Adds these publications' documents, replacing those of the same ids when {@code replacing}. */
    private void write(Collection<Publication> publications, boolean replacing) {
        try {
            List<Publication> batch = List.copyOf(publications);
            List<float[]> meanings = embedder == null
                    ? null
                    : embedder.embed(batch.stream().map(IndexedText::forMeaning).toList());
            for (int i = 0; i < batch.size(); i++) {
                Publication p = batch.get(i);
                Document doc = mapper.toDocument(p, meanings == null ? null : meanings.get(i));
                if (replacing) {
                    writer.updateDocument(new Term(Fields.ID, p.id()), doc);
                } else {
                    writer.addDocument(doc);
                }
            }
            suggestions.add(publications);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(Collection<String> ids) {
        try {
            for (String id : ids) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            suggestions.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Empties the index at once; searches see the old content until the rebuild finishes (the next refresh). Its
     * documents are added without looking for one to replace: the index was empty and each comes once.
     */
    @Override
    public Bulk rebuild() {
        clear();
        return new ParallelBulk(batch -> write(batch, false), this::refresh);
    }

    @Override
    public Bulk bulk() {
        return new ParallelBulk(this::index, this::refresh);
    }

    @Override
    public void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
            suggestions.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return withSearcher(searcher -> faceted.search(searcher, query));
    }

    @Override
    public List<String> similar(String id, int limit, Facet having) {
        return withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            return similar.to(searcher, own.scoreDocs[0].doc, limit, having);
        });
    }

    @Override
    public List<RelatedCandidate> relatedCandidates(Publication seed, Collection<String> alsoConsider, int limit) {
        return withSearcher(searcher -> related.find(searcher, seed, alsoConsider, limit));
    }

    @Override
    public Map<String, Long> counts(Facet facet, Collection<String> values) {
        return withSearcher(searcher -> related.counts(searcher, facet, values));
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        try {
            return suggestions.lookup(prefix, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public String version() {
        return withSearcher(searcher -> Long.toString(((DirectoryReader) searcher.getIndexReader()).getVersion()));
    }

    @Override
    public Map<String, String> fingerprints() {
        return withSearcher(searcher -> {
            Map<String, String> out = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
                BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Fields.FINGERPRINT);
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        String hash =
                                hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hash);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            suggestions.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return call.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The publication ids of these documents, from doc values (cheaper than stored fields, which hold the text). */
    static List<String> ids(IndexSearcher searcher, int[] docs) throws IOException {
        List<String> out = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID);
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no id");
            }
            out.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
        return out;
    }
}
