package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.RelatedCandidate;
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
    private final boolean ownsClient;
    private final SolrDocuments documents;
    private final SolrSearch search;
    private final SolrSuggestions suggestions;
    private final SolrRelated related;

    SolrSearchIndex(SolrClient client, String collection, Gazetteer gazetteer, boolean ownsClient) {
        this.solr = new Solr(client, collection);
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
        return new SolrSearchIndex(client, collection, gazetteer, true);
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

    @Override
    public void refresh() {
        solr.commit();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    public List<String> similar(String id, int limit) {
        return related.similar(id, limit);
    }

    @Override
    public List<RelatedCandidate> relatedCandidates(Publication seed, Collection<String> alsoConsider, int limit) {
        return related.candidates(seed, alsoConsider, limit);
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
