package org.dossier.search;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;

/**
 * The search port. The index is derived from the store: it is fed changed publications, and it can be
 * emptied and rebuilt from the store at any time. Implementations: embedded Lucene (search-lucene) and SolrCloud (search-solr).
 */
public interface SearchIndex extends Closeable {

    /** Adds or replaces these publications; visible to searches after {@link #refresh()}. */
    void index(Collection<Publication> publications);

    /** Removes these publications. */
    void delete(Collection<String> ids);

    /** Removes everything. */
    void clear();

    /**
     * Starts building the index anew: what is given to the rebuild becomes the whole index when it finishes;
     * until then searches answer from the index as it was (a shared index keeps serving every node).
     */
    Bulk rebuild();

    /**
     * Indexes many batches, on every core where the engine can, while the caller reads the next ones; searches see
     * them after {@link Bulk#finish()}. A publication may be in one batch of a bulk only: their order is not kept.
     */
    default Bulk bulk() {
        return new Bulk() {
            @Override
            public void index(Collection<Publication> publications) {
                SearchIndex.this.index(publications);
            }

            @Override
            public void finish() {
                refresh();
            }
        };
    }

    /** Batches given to the index together: a rebuild, or a large backlog of changes. */
    interface Bulk {
        void index(Collection<Publication> publications);

        /** Returns once every batch is indexed and searches see them (for a rebuild: the new index only). */
        void finish();
    }

    /** Makes what was indexed durable and visible to searches. */
    void refresh();

    SearchResult search(SearchQuery query);

    /** Publications whose text is most like this one's, best first; empty when it is not indexed. */
    default List<String> similar(String id, int limit) {
        return similar(id, limit, null);
    }

    /**
     * Like {@link #similar(String, int)}, among the publications that have a value of {@code having} (those with
     * topics, say); all publications when it is null.
     */
    List<String> similar(String id, int limit, Facet having);

    /**
     * Publications that may be related to this one, found by their words and by their facts (collection,
     * people, countries, topics), plus those named in {@code alsoConsider}; at most about {@code limit}
     * of each kind, never the seed itself. The related engine ranks them.
     */
    List<RelatedCandidate> relatedCandidates(Publication seed, Collection<String> alsoConsider, int limit);

    /** How many publications hold each of these values of a facet (0 for a value none holds). */
    java.util.Map<String, Long> counts(Facet facet, Collection<String> values);

    /** Titles, people, topics, places and collections that contain words starting as typed. */
    List<Suggestion> suggest(String prefix, int limit);

    /** How many publications are searchable. */
    long size();

    /**
     * A value that changes whenever what searches see changes (and never comes back), so that what is derived
     * from the index can be kept until then; cheap enough to ask on every page view.
     */
    String version();

    /**
     * Every indexed publication's id with the {@link org.dossier.publication.ContentHash} of what was indexed,
     * so that the index can be compared with the store.
     */
    java.util.Map<String, String> fingerprints();

    @Override
    void close();
}
