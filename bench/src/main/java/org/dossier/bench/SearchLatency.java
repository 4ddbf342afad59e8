package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.related.Rarities;
import org.dossier.related.RelatedCandidate;
import org.dossier.related.RelatedEngine;
import org.dossier.related.RelatedSettings;
import org.dossier.search.Facet;
import org.dossier.search.SearchQuery;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.lucene.RawLucene;

/**
 * Search latency (query + all facets + highlights, one page of 20) through Dossier's port, and the same
 * queries straight on Lucene's IndexSearcher as the floor: "raw-full" does the same work (drill-sideways
 * facets and highlights), "raw-hits" only finds the top 20. This class sits in the adapter's package so
 * that the floor runs exactly the Lucene query Dossier builds.
 *
 *   java … SearchLatency path/to/shared/data work-folder
 */
public final class SearchLatency {
    private static final int WARMUP_ROUNDS = 10;
    private static final int ROUNDS = 15;
    private static final int PAGE = 20;

    record Case(String text, Map<Facet, Set<String>> filters) {}

    static final List<Case> QUERIES = List.of(
            new Case("", Map.of()),
            new Case("mali", Map.of()),
            new Case("sahel security", Map.of()),
            new Case("\"peace agreement\"", Map.of()),
            new Case("ceasefire OR truce", Map.of()),
            new Case("terrorism -afghanistan", Map.of()),
            new Case("author:traore", Map.of()),
            new Case("country:nigeria", Map.of()),
            new Case("Sahell", Map.of()),
            new Case("securite", Map.of()),
            new Case("climate change", Map.of()),
            new Case("nuclear disarmament", Map.of()),
            new Case("human rights", Map.of()),
            new Case("women peace security", Map.of()),
            new Case("decentralization", Map.of()),
            new Case("united nations reform", Map.of()),
            new Case("peace", Map.of(Facet.TYPE, Set.of("Peace agreement"))),
            new Case("security", Map.of(Facet.REGION, Set.of("west-africa"))),
            new Case("", Map.of(Facet.COUNTRY, Set.of("MLI"))),
            new Case("development", Map.of(Facet.YEAR, Set.of("2015", "2016"))),
            new Case("coup", Map.of(Facet.REGION, Set.of("sahel"), Facet.TYPE, Set.of("Statement"))),
            new Case("refugees", Map.of(Facet.REGION, Set.of("africa"), Facet.YEAR, Set.of("2019"))));

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-search"));
        Gazetteer gazetteer = Gazetteer.standard();
        System.out.printf(
                "Dossier search latency — %d queries × %d rounds after %d warm-up rounds, page of %d, all 8 facets%n%n",
                QUERIES.size(), ROUNDS, WARMUP_ROUNDS, PAGE);
        System.out.printf(
                "%-24s %8s %10s %9s %9s %9s %9s %9s %9s %8s%n",
                "corpus",
                "docs",
                "index s",
                "p50 ms",
                "p99 ms",
                "full p50",
                "full p99",
                "hits p50",
                "hits p99",
                "p99 ×full");
        run("UNGDC + PA-X", BenchCorpus.ungdcAndPax(data, gazetteer), work.resolve("ungdc-pax"), gazetteer);
        run(
                "UNGDC paragraphs, 100k",
                BenchCorpus.ungdcParagraphs(data, gazetteer, 100_000),
                work.resolve("paragraphs-100k"),
                gazetteer);
        System.out.println();
        System.out.println("p50/p99: through Dossier's SearchIndex port (LuceneSearchIndex.search).");
        System.out.println(
                "full: the same Lucene query, drill-sideways facets and highlights straight on IndexSearcher.");
        System.out.println("hits: the same Lucene query, top " + PAGE + " only. ×full: Dossier p99 / raw-full p99.");
    }

    private static void run(String name, List<Publication> corpus, Path folder, Gazetteer gazetteer)
            throws IOException {
        deleteRecursively(folder);
        long started = System.nanoTime();
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder, gazetteer)) {
            for (int i = 0; i < corpus.size(); i += 1000) {
                index.index(corpus.subList(i, Math.min(corpus.size(), i + 1000)));
            }
            index.refresh();
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder.resolve("main")))) {
                RawLucene raw = new RawLucene(reader);
                List<Call> calls =
                        List.of(c -> index.search(query(c)), c -> raw.full(query(c)), c -> raw.hits(query(c)));
                double[][] ms = measure(calls);
                double[] dossier = ms[0];
                double[] full = ms[1];
                double[] hits = ms[2];
                System.out.printf(
                        Locale.ROOT,
                        "%-24s %8d %10.1f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %8.2f%n",
                        name,
                        corpus.size(),
                        indexSeconds,
                        pct(dossier, 50),
                        pct(dossier, 99),
                        pct(full, 50),
                        pct(full, 99),
                        pct(hits, 50),
                        pct(hits, 99),
                        pct(dossier, 99) / pct(full, 99));
                if (Boolean.getBoolean("bench.perQuery")) {
                    perQuery(calls.get(0));
                }
                relatedBlock(index, corpus, gazetteer);
            }
        }
    }

    /** The related block of a page: candidates from the index and the engine's ranking, for 300 seeds. */
    static void relatedBlock(LuceneSearchIndex index, List<Publication> corpus, Gazetteer gazetteer) {
        RelatedEngine engine = new RelatedEngine(gazetteer, RelatedSettings.DEFAULT);
        int step = Math.max(1, corpus.size() / 300);
        List<Double> ms = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < corpus.size(); i += step) {
                Publication seed = corpus.get(i);
                long t = System.nanoTime();
                List<RelatedCandidate> candidates = index.relatedCandidates(seed, List.of(), 60);
                engine.rank(
                        CandidateFacts.of(seed), null, candidates, Map.of(), Rarities.of(index, seed, candidates), 6);
                double took = (System.nanoTime() - t) / 1e6;
                if (round == 1) {
                    ms.add(took);
                    if (took > 50) {
                        slow.add(String.format(
                                Locale.ROOT,
                                "%.0f ms %s (%d chars)",
                                took,
                                seed.id(),
                                seed.body() == null ? 0 : seed.body().length()));
                    }
                }
            }
        }
        if (Boolean.getBoolean("bench.perQuery")) {
            slow.forEach(line -> System.out.println("    slow related: " + line));
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%-24s related block (6 cards, %d seeds): p50 %.2f ms, p99 %.2f ms%n",
                "",
                sorted.length,
                pct(sorted, 50),
                pct(sorted, 99));
    }

    private static void perQuery(Call call) throws IOException {
        for (Case c : QUERIES) {
            double[] t = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long s = System.nanoTime();
                call.run(c);
                t[r] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(t);
            System.out.printf(
                    Locale.ROOT,
                    "    %-40s median %6.2f ms, max %6.2f ms%n",
                    c.text() + " " + c.filters(),
                    t[ROUNDS / 2],
                    t[ROUNDS - 1]);
        }
    }

    static SearchQuery query(Case c) {
        return new SearchQuery(c.text(), c.filters(), null, null, null, 0, PAGE, null, EnumSet.allOf(Facet.class), 10);
    }

    /** Milliseconds of each call over the measured rounds; the calls take turns on each query, so they warm alike. */
    static double[][] measure(List<Call> calls) throws IOException {
        List<List<Double>> ms = new ArrayList<>();
        calls.forEach(c -> ms.add(new ArrayList<>()));
        for (int r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
            for (Case c : QUERIES) {
                for (int i = 0; i < calls.size(); i++) {
                    long t = System.nanoTime();
                    calls.get(i).run(c);
                    if (r >= WARMUP_ROUNDS) {
                        ms.get(i).add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        }
        return ms.stream()
                .map(l -> l.stream().mapToDouble(Double::doubleValue).sorted().toArray())
                .toArray(double[][]::new);
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    interface Call {
        void run(Case c) throws IOException;
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
