package org.dossier.search.solr;

import java.nio.file.Path;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;
import org.junit.jupiter.api.Tag;

/** The search port's contract, against a SolrCloud collection of 2 shards × 2 replicas on 2 nodes. */
@Tag("slow")
class SolrSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex open(Path folder) {
        SolrSearchIndex index = TestCluster.index("contract");
        index.clear();
        index.refresh();
        return index;
    }
}
