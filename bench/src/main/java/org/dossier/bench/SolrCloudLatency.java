package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.solr.SolrSearchIndex;

/**
 * The search latency of {@link SearchLatency}'s queries (query + all 8 facets + highlights, a page of 20) on
 * the same 100k publications through the embedded index and through a SolrCloud collection (2 shards × 2
 * replicas), each through Dossier's search port; the two take turns on each query, so they warm alike.
 *
 *   java … SolrCloudLatency path/to/shared/data work-folder http://solr1/solr,http://solr2/solr
 */
public final class SolrCloudLatency {
    private SolrCloudLatency() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        List<String> solrUrls = Arrays.asList(args[2].split(","));
        Gazetteer gazetteer = Gazetteer.standard();
        List<Publication> corpus = BenchCorpus.ungdcParagraphs(data, gazetteer, 100_000);
        SearchLatency.deleteRecursively(work.resolve("embedded"));
        try (SearchIndex embedded = new LuceneSearchIndex(work.resolve("embedded"), gazetteer);
                SearchIndex solr = SolrSearchIndex.connect(solrUrls, "bench", 2, 2, gazetteer)) {
            double embeddedSeconds = load(embedded, corpus);
            double solrSeconds = load(solr, corpus);
            double[][] ms = SearchLatency.measure(
                    List.of(c -> embedded.search(SearchLatency.query(c)), c -> solr.search(SearchLatency.query(c))));
            System.out.printf(
                    "Search latency through the port, %d queries, %,d UNGDC paragraphs, page of 20, all 8 facets%n%n",
                    SearchLatency.QUERIES.size(), corpus.size());
            System.out.printf("%-38s %10s %9s %9s%n", "engine", "index s", "p50 ms", "p99 ms");
            row("embedded Lucene", embeddedSeconds, ms[0]);
            row("SolrCloud, 2 nodes, 2 shards x 2 replicas", solrSeconds, ms[1]);
        }
    }

    private static double load(SearchIndex index, List<Publication> corpus) {
        long started = System.nanoTime();
        index.clear();
        for (int i = 0; i < corpus.size(); i += 1000) {
            index.index(corpus.subList(i, Math.min(corpus.size(), i + 1000)));
        }
        index.refresh();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void row(String engine, double indexSeconds, double[] ms) {
        System.out.printf(
                Locale.ROOT,
                "%-38s %10.1f %9.2f %9.2f%n",
                engine,
                indexSeconds,
                SearchLatency.pct(ms, 50),
                SearchLatency.pct(ms, 99));
    }
}
