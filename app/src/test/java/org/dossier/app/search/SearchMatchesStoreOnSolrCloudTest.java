package org.dossier.app.search;

import java.io.IOException;
import org.dossier.app.cluster.LocalSolrCloudProcess;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same checks against the store, with the index on SolrCloud (2 nodes, 2 shards × 2 replicas). */
@Tag("slow")
class SearchMatchesStoreOnSolrCloudTest extends SearchMatchesStoreTest {

    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) throws IOException {
        String urls = String.join(",", LocalSolrCloudProcess.shared().urls());
        registry.add("dossier.search.engine", () -> "solr");
        registry.add("dossier.search.solr.urls", () -> urls);
        registry.add("dossier.search.solr.collection", () -> "matches_store");
    }
}
