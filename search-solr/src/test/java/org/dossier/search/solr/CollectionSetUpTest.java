package org.dossier.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.Utils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The collection is created behind its alias on first start, and moved to the configset of a new version. */
@Tag("slow")
class CollectionSetUpTest {

    @Test
    void createsTheCollectionBehindItsAliasWithTheLayoutAskedFor() throws Exception {
        try (SolrSearchIndex index = TestCluster.index("layout")) {
            SolrClient client = index.client();
            String collection = new CollectionAdminRequest.ListAliases()
                    .process(client)
                    .getAliases()
                    .get("layout");

            assertThat(collection).startsWith("layout_");
            assertThat(status(client, collection, "configName")).isEqualTo(SolrCollections.configName());
            assertThat(((Map<?, ?>) status(client, collection, "shards"))).hasSize(2);
        }
    }

    @Test
    void movesACollectionMadeByAnEarlierVersionToTheCurrentConfigset() throws Exception {
        try (SolrClient client = new CloudHttp2SolrClient.Builder(TestCluster.urls()).build()) {
            ConfigSetAdminRequest.Create older = new ConfigSetAdminRequest.Create();
            older.setConfigSetName("dossier-an-earlier-version");
            older.setBaseConfigSetName(new SolrCollections(client).ensureConfigset());
            older.process(client);
            CollectionAdminRequest.createCollection("upgraded_1", "dossier-an-earlier-version", 1, 1)
                    .process(client);
            CollectionAdminRequest.createAlias("upgraded", "upgraded_1").process(client);

            TestCluster.index("upgraded").close();

            assertThat(status(client, "upgraded_1", "configName")).isEqualTo(SolrCollections.configName());
        }
    }

    private static Object status(SolrClient client, String collection, String key) throws Exception {
        CollectionAdminResponse r = CollectionAdminRequest.getClusterStatus()
                .setCollectionName(collection)
                .process(client);
        return Utils.getObjectByPath(r.getResponse(), false, List.of("cluster", "collections", collection, key));
    }
}
