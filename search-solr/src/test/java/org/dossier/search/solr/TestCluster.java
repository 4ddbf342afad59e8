package org.dossier.search.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.dossier.place.Gazetteer;

/**
 * A real SolrCloud cluster in this JVM for the module's tests: two Solr nodes and a ZooKeeper, started
 * once and shared; each test class works in its own collection of 2 shards × 2 replicas.
 */
final class TestCluster {
    private static MiniSolrCloudCluster cluster;

    private TestCluster() {}

    static synchronized MiniSolrCloudCluster get() {
        if (cluster == null) {
            try {
                Path base = Files.createDirectories(Path.of("target", "solr-cloud"));
                cluster = new MiniSolrCloudCluster(
                        2,
                        Files.createTempDirectory(base, "run"),
                        JettyConfig.builder().build());
                Runtime.getRuntime().addShutdownHook(new Thread(TestCluster::shutdown));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test SolrCloud cluster", e);
            }
        }
        return cluster;
    }

    static List<String> urls() {
        return get().getJettySolrRunners().stream()
                .filter(JettySolrRunner::isRunning)
                .map(j -> j.getBaseUrl().toString())
                .toList();
    }

    /** The index on this test's collection (2 shards × 2 replicas), created on first use. */
    static SolrSearchIndex index(String collection) {
        return SolrSearchIndex.connect(urls(), collection, 2, 2, Gazetteer.standard());
    }

    private static void shutdown() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            // the JVM is ending anyway
        }
    }
}
