package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.semantic.MiniLmEmbedder;

/**
 * Hybrid search and related publications with meaning vectors at 100k publications (UNGDC paragraphs): the
 * embedding throughput while indexing, the time to embed a query, the search latency of the search
 * benchmark's queries (query vectors cached after their first use, as the index does), and the related
 * block's latency with the meaning signal.
 *
 *   java -Dbench.size=100000 … HybridLatency path/to/shared/data work-folder
 */
public final class HybridLatency {
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-hybrid"));
        int size = Integer.getInteger("bench.size", 100_000);
        Gazetteer gazetteer = Gazetteer.standard();
        List<Publication> corpus = BenchCorpus.ungdcParagraphs(data, gazetteer, size);
        MiniLmEmbedder model = new MiniLmEmbedder(ForkJoinPool.commonPool());
        TimedEmbedder embedder = new TimedEmbedder(model);
        SearchLatency.deleteRecursively(work.resolve("index"));
        long started = System.nanoTime();
        try (LuceneSearchIndex index = new LuceneSearchIndex(work.resolve("index"), gazetteer, embedder)) {
            for (int i = 0; i < corpus.size(); i += 1000) {
                index.index(corpus.subList(i, Math.min(corpus.size(), i + 1000)));
            }
            index.refresh();
            System.out.printf(
                    Locale.ROOT,
                    "Indexed %,d publications with meaning vectors in %.1f s; %s%n",
                    corpus.size(),
                    (System.nanoTime() - started) / 1e9,
                    embedder.report());
            List<String> texts = SearchLatency.QUERIES.stream()
                    .map(SearchLatency.Case::text)
                    .filter(t -> !t.isBlank())
                    .toList();
            double[] embedding = new double[texts.size()];
            for (int i = 0; i < embedding.length; i++) {
                long t = System.nanoTime();
                model.embed(List.of(texts.get(i)));
                embedding[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(embedding);
            System.out.printf(
                    Locale.ROOT,
                    "Embedding a query (not cached): p50 %.2f ms, max %.2f ms%n",
                    SearchLatency.pct(embedding, 50),
                    embedding[embedding.length - 1]);
            double[] hybrid = SearchLatency.measure(List.of(c -> index.search(SearchLatency.query(c))))[0];
            System.out.printf(
                    Locale.ROOT,
                    "Hybrid search (%d queries, all facets, page of 20): p50 %.2f ms, p99 %.2f ms%n",
                    SearchLatency.QUERIES.size(),
                    SearchLatency.pct(hybrid, 50),
                    SearchLatency.pct(hybrid, 99));
            SearchLatency.relatedBlock(index, corpus, gazetteer);
        }
    }
}
