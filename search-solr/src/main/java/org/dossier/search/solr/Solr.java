package org.dossier.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/** One collection of a SolrCloud cluster, through SolrJ, with Solr's failures as unchecked exceptions. */
final class Solr {
    static final int READ_ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 100;

    private final SolrClient client;
    private final String collection;

    Solr(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    SolrClient client() {
        return client;
    }

    /**
     * Runs a query; a request Solr refuses with a cursor in it means the cursor was not one it gave out. A read
     * that fails on Solr's side or on the way (a node just lost or coming back, a replica still recovering) is
     * tried again after a short pause, as another replica can usually answer it.
     */
    QueryResponse query(QueryRequest request, boolean withCursor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.process(client, collection);
            } catch (SolrException e) {
                if (withCursor && e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                    throw new IllegalArgumentException("the cursor is not one this search gave out", e);
                }
                if (e.code() < 500 || attempt == READ_ATTEMPTS) {
                    throw failed(e);
                }
            } catch (SolrServerException | IOException e) {
                if (attempt == READ_ATTEMPTS) {
                    throw failed(e);
                }
            }
            pauseBeforeAttempt(attempt + 1);
        }
    }

    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to search again", e);
        }
    }

    void add(Collection<SolrInputDocument> docs) {
        call(() -> client.add(collection, docs));
    }

    void deleteById(java.util.List<String> ids) {
        call(() -> client.deleteById(collection, ids));
    }

    void deleteByQuery(String query) {
        call(() -> client.deleteByQuery(collection, query));
    }

    /** Makes what was sent visible to searches (a soft commit; the transaction log makes it durable). */
    void commit() {
        call(() -> client.commit(collection, true, true, true));
    }

    private void call(Call call) {
        try {
            call.run();
        } catch (SolrException | SolrServerException | IOException e) {
            throw failed(e);
        }
    }

    private UncheckedIOException failed(Exception e) {
        return new UncheckedIOException(
                "SolrCloud collection " + collection + " failed: " + e.getMessage(),
                e instanceof IOException io ? io : new IOException(e));
    }

    private interface Call {
        Object run() throws SolrServerException, IOException;
    }
}
