package org.dossier.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

class ReadsAreTriedAgainTest {

    @Test
    void aSearchThatFailsOnSolrsSideWhileANodeIsLostIsAnsweredByTheNextAttempt() {
        ScriptedClient client = new ScriptedClient(List.of(
                new SolrException(SolrException.ErrorCode.SERVER_ERROR, "no servers hosting shard"),
                new SolrServerException("connection refused")));

        new Solr(client, "publications").query(new QueryRequest(new ModifiableSolrParams()), false);

        assertThat(client.requests).isEqualTo(3);
    }

    @Test
    void aSearchStillFailingAfterTheLastAttemptSaysWhichCollectionFailed() {
        ScriptedClient client = new ScriptedClient(List.of(
                new SolrServerException("down"), new SolrServerException("down"), new SolrServerException("down")));

        assertThatThrownBy(() ->
                        new Solr(client, "publications").query(new QueryRequest(new ModifiableSolrParams()), false))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("SolrCloud collection publications failed: down");
        assertThat(client.requests).isEqualTo(Solr.READ_ATTEMPTS);
    }

    @Test
    void aRequestSolrRefusesIsNotTriedAgain() {
        ScriptedClient client = new ScriptedClient(
                List.of(new SolrException(SolrException.ErrorCode.BAD_REQUEST, "undefined field wrong")));

        assertThatThrownBy(() ->
                        new Solr(client, "publications").query(new QueryRequest(new ModifiableSolrParams()), false))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(client.requests).isEqualTo(1);
    }

    /** Fails with the given exceptions in turn, then answers with an empty response. */
    private static final class ScriptedClient extends SolrClient {
        private final Deque<Exception> failures;
        int requests;

        ScriptedClient(List<Exception> failures) {
            this.failures = new ArrayDeque<>(failures);
        }

        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection)
                throws SolrServerException, IOException {
            requests++;
            Exception next = failures.poll();
            if (next instanceof SolrServerException e) {
                throw e;
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return new NamedList<>();
        }

        @Override
        public void close() {}
    }
}
