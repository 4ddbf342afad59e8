package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.related.RelatedEngine;
import org.dossier.related.RelatedItem;
import org.dossier.related.RelatedSettings;
import org.dossier.search.lucene.LuceneSearchIndex;

/**
 * Evaluates related publications on PA-X, where agreements of the same peace process are the relevant
 * ones. Asks each system for the top 10 of every agreement and prints nDCG@10, P@5, MRR, recall@10
 * (of at most 10 relevant), coverage (share of agreements with at least 3 related) and exposure (the
 * largest share of all related slots that one agreement takes). Processes are split in two by a hash of
 * their name: weights were tuned on the first half; the second half is data the engine has not seen.
 *
 *   java … RelatedEval path/to/shared/data work-folder
 */
public final class RelatedEval {
    private static final int TOP = 10;
    private static final int CANDIDATES = 60;

    record Metrics(double ndcg, double p5, double mrr, double recall, double coverage, double exposure, int seeds) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-related"));
        Gazetteer gazetteer = Gazetteer.standard();
        List<Publication> corpus = BenchCorpus.pax(data, gazetteer);
        Map<String, Publication> byId = corpus.stream().collect(Collectors.toMap(Publication::id, Function.identity()));
        try (LuceneSearchIndex index = new LuceneSearchIndex(work.resolve("pax-index"), gazetteer)) {
            index.clear();
            index.index(corpus);
            index.refresh();
            RelatedEngine engine = new RelatedEngine(gazetteer, RelatedSettings.DEFAULT);
            RelatedEngine blind = new RelatedEngine(gazetteer, RelatedSettings.DEFAULT.withoutCollection());
            Map<String, Function<Publication, List<String>>> systems = new LinkedHashMap<>();
            systems.put(
                    "Dossier related engine",
                    p -> ids(engine.rank(
                            CandidateFacts.of(p),
                            PaxReader.PEACE_PROCESS,
                            index.relatedCandidates(p, List.of(), CANDIDATES),
                            Map.of(),
                            TOP)));
            systems.put("  without the process signal", p -> {
                Publication noProcess = p.toBuilder().collection(null).build();
                return ids(blind.rank(
                        CandidateFacts.of(noProcess),
                        null,
                        index.relatedCandidates(noProcess, List.of(), CANDIDATES),
                        Map.of(),
                        TOP));
            });
            for (String signal : List.of("text", "topics", "places", "recency", "diversity")) {
                RelatedEngine ablated = new RelatedEngine(
                        gazetteer, RelatedSettings.DEFAULT.withoutCollection().without(signal));
                systems.put("  … and without " + signal, p -> {
                    Publication noProcess = p.toBuilder().collection(null).build();
                    return ids(ablated.rank(
                            CandidateFacts.of(noProcess),
                            null,
                            index.relatedCandidates(noProcess, List.of(), CANDIDATES),
                            Map.of(),
                            TOP));
                });
            }
            systems.put("Baseline: MoreLikeThis", p -> index.similar(p.id(), TOP));
            systems.put("Baseline: shared topics only", p -> sharedTopics(p, corpus));

            System.out.printf(
                    "Related publications on PA-X (%d agreements; relevant = same peace process)%n%n", corpus.size());
            System.out.printf(
                    "%-32s %-9s %7s %7s %7s %9s %9s %9s %6s%n",
                    "system", "set", "nDCG@10", "P@5", "MRR", "recall@10", "coverage", "exposure", "seeds");
            for (var system : systems.entrySet()) {
                Map<String, List<String>> lists = new HashMap<>();
                for (Publication p : corpus) {
                    lists.put(p.id(), system.getValue().apply(p));
                }
                for (boolean heldOut : new boolean[] {false, true}) {
                    Metrics m = evaluate(corpus, byId, lists, heldOut);
                    System.out.printf(
                            Locale.ROOT,
                            "%-32s %-9s %7.3f %7.3f %7.3f %9.3f %8.1f%% %8.2f%% %6d%n",
                            system.getKey(),
                            heldOut ? "held-out" : "tuning",
                            m.ndcg,
                            m.p5,
                            m.mrr,
                            m.recall,
                            100 * m.coverage,
                            100 * m.exposure,
                            m.seeds);
                }
            }
        }
    }

    /** Metrics over the agreements of one half of the processes (those with at least one other agreement). */
    static Metrics evaluate(
            List<Publication> corpus, Map<String, Publication> byId, Map<String, List<String>> lists, boolean heldOut) {
        Map<String, Set<String>> byProcess = new HashMap<>();
        corpus.forEach(p ->
                byProcess.computeIfAbsent(p.collection(), k -> new HashSet<>()).add(p.id()));
        double ndcg = 0;
        double p5 = 0;
        double mrr = 0;
        double recall = 0;
        int seeds = 0;
        int covered = 0;
        int inHalf = 0;
        Map<String, Integer> shown = new HashMap<>();
        int slots = 0;
        for (Publication p : corpus) {
            if (p.collection() == null || isHeldOut(p.collection()) != heldOut) {
                continue;
            }
            inHalf++;
            List<String> list = lists.get(p.id());
            covered += list.size() >= 3 ? 1 : 0;
            for (String id : list) {
                shown.merge(id, 1, Integer::sum);
                slots++;
            }
            Set<String> relevant = new HashSet<>(byProcess.get(p.collection()));
            relevant.remove(p.id());
            if (relevant.isEmpty()) {
                continue;
            }
            seeds++;
            double dcg = 0;
            double ideal = 0;
            int hits = 0;
            int first = 0;
            for (int i = 0; i < Math.min(TOP, list.size()); i++) {
                if (relevant.contains(list.get(i))) {
                    dcg += 1 / log2(i + 2);
                    hits++;
                    p5 += i < 5 ? 0.2 : 0;
                    first = first == 0 ? i + 1 : first;
                }
            }
            for (int i = 0; i < Math.min(TOP, relevant.size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            ndcg += dcg / ideal;
            mrr += first == 0 ? 0 : 1.0 / first;
            recall += (double) hits / Math.min(TOP, relevant.size());
        }
        int maxShown = shown.values().stream().max(Integer::compare).orElse(0);
        return new Metrics(
                ndcg / seeds,
                p5 / seeds,
                mrr / seeds,
                recall / seeds,
                (double) covered / inHalf,
                slots == 0 ? 0 : (double) maxShown / slots,
                seeds);
    }

    static boolean isHeldOut(String process) {
        return (process.hashCode() & 1) == 1;
    }

    private static List<String> sharedTopics(Publication seed, List<Publication> corpus) {
        Set<String> topics = new HashSet<>(seed.topics());
        return corpus.stream()
                .filter(p -> !p.id().equals(seed.id()))
                .map(p -> Map.entry(
                        p.id(), p.topics().stream().filter(topics::contains).count()))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<String> ids(List<RelatedItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
