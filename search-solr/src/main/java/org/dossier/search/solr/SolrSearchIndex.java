package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
import org.dossier.search.Facet;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import org.dossier.search.Suggestion;

/**
 * The search index on a SolrCloud cluster: one collection (behind an alias) shared by every app node,
 * with the embedded index's fields and analysis. Searches see what was indexed once it is refreshed.
 */
public final class SolrSearchIndex implements SearchIndex {
    private final Solr solr;
    private final int shards;
    private final int replicas;
    private final boolean ownsClient;
    private final SolrDocuments documents;
    private final SolrSearch search;
    private final SolrSuggestions suggestions;
    private final SolrRelated related;

    SolrSearchIndex(
            SolrClient client, String collection, int shards, int replicas, Gazetteer gazetteer, boolean ownsClient) {
        this.solr = new Solr(client, collection);
        this.shards = shards;
        this.replicas = replicas;
        this.ownsClient = ownsClient;
        Analysis analysis = new Analysis();
        this.documents = new SolrDocuments(gazetteer);
        this.search = new SolrSearch(solr, new SolrQueries(analysis));
        this.suggestions = new SolrSuggestions(solr, analysis);
        this.related = new SolrRelated(solr, analysis);
    }

    /**
     * Connects to a SolrCloud cluster by the addresses of some of its nodes ("http://host:8983/solr"),
     * creating the collection ({@code shards} × {@code replicas}) and its alias on first use.
     */
    public static SolrSearchIndex connect(
            List<String> solrUrls, String collection, int shards, int replicas, Gazetteer gazetteer) {
        CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(solrUrls).build();
        try {
            new SolrCollections(client).ensure(collection, shards, replicas);
        } catch (RuntimeException e) {
            close(client);
            throw e;
        }
        return new SolrSearchIndex(client, collection, shards, replicas, gazetteer, true);
    }

    @Override
    public void index(Collection<Publication> publications) {
        if (publications.isEmpty()) {
            return;
        }
        List<SolrInputDocument> docs = new ArrayList<>();
        for (Publication p : publications) {
            docs.add(documents.publication(p));
            docs.addAll(documents.suggestions(p));
        }
        solr.add(docs);
    }

    @Override
    public void delete(Collection<String> ids) {
        if (!ids.isEmpty()) {
            solr.deleteById(List.copyOf(ids));
        }
    }

    @Override
    public void clear() {
        solr.deleteByQuery("*:*");
    }

    /**
     * Builds a new collection beside the one the alias names; when it is finished the alias names it, so every
     * node searches it from then on. The replaced collection is deleted at the next rebuild, not at once: a
     * client may route to it for a few more seconds.
     */
    @Override
    public Bulk rebuild() {
        SolrCollections collections = new SolrCollections(solr.client());
        String alias = solr.collection();
        Solr target = new Solr(solr.client(), collections.createBeside(alias, shards, replicas));
        return new Bulk() {
            @Override
            public void index(Collection<Publication> publications) {
                List<SolrInputDocument> docs = new ArrayList<>();
                for (Publication p : publications) {
                    docs.add(documents.publication(p));
                    docs.addAll(documents.suggestions(p));
                }
                if (!docs.isEmpty()) {
                    target.add(docs);
                }
            }

            /**
             * Returns once every client must have seen the alias move (SolrJ caches an alias for {@code
             * solr.solrj.cache.timeout.sec}, 5 s): changes written until then may have gone to the old collection,
             * and whoever rebuilt applies the changes made meanwhile again after this.
             */
            @Override
            public void finish() {
                target.commit();
                collections.point(alias, target.collection());
                try {
                    Thread.sleep((Integer.getInteger("solr.solrj.cache.timeout.sec", 5) + 1) * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Override
    public void refresh() {
        solr.commit();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    public List<String> similar(String id, int limit, Facet having) {
        return related.similar(id, limit, having);
    }

    @Override
    public List<RelatedCandidate> relatedCandidates(Publication seed, Collection<String> alsoConsider, int limit) {
        return related.candidates(seed, alsoConsider, limit);
    }

    @Override
    public Map<String, Long> counts(Facet facet, Collection<String> values) {
        return related.counts(facet, values);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggestions.lookup(prefix, limit);
    }

    @Override
    public long size() {
        JsonQueryRequest request =
                new JsonQueryRequest().setQuery(KIND + ":" + PUBLICATION).setLimit(0);
        return solr.query(request, false).getResults().getNumFound();
    }

    /**
     * The newest document version with the number of documents: an update raises the first past every earlier
     * one, a deletion alone lowers the second, so no state of the collection gives an earlier state's value.
     */
    @Override
    public String version() {
        JsonQueryRequest request = new JsonQueryRequest()
                .setQuery("*:*")
                .setSort("_version_ desc")
                .setLimit(1)
                .returnFields("_version_");
        SolrDocumentList newest = solr.query(request, false).getResults();
        return (newest.isEmpty() ? "0" : newest.get(0).getFieldValue("_version_")) + "/" + newest.getNumFound();
    }

    @Override
    public Map<String, String> fingerprints() {
        Map<String, String> out = new HashMap<>();
        String cursor = "*";
        while (true) {
            JsonQueryRequest request = new JsonQueryRequest()
                    .setQuery(KIND + ":" + PUBLICATION)
                    .setSort(ID + " asc")
                    .setLimit(5000)
                    .returnFields(ID, FINGERPRINT)
                    .withParam("cursorMark", cursor);
            QueryResponse response = solr.query(request, false);
            for (SolrDocument d : response.getResults()) {
                Object hash = d.getFieldValue(FINGERPRINT);
                out.put((String) d.getFieldValue(ID), hash == null ? "" : hash.toString());
            }
            if (response.getNextCursorMark().equals(cursor)) {
                return out;
            }
            cursor = response.getNextCursorMark();
        }
    }

    SolrClient client() {
        return solr.client();
    }

    String collection() {
        return solr.collection();
    }

    @Override
    public void close() {
        if (ownsClient) {
            close(solr.client());
        }
    }

    private static void close(SolrClient client) {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
