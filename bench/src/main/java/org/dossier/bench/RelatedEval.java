package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.dossier.ingest.pax.PaxReader;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.related.CandidateFacts;
import org.dossier.related.Rarities;
import org.dossier.related.Rarity;
import org.dossier.related.RelatedCandidate;
import org.dossier.related.RelatedEngine;
import org.dossier.related.RelatedItem;
import org.dossier.related.RelatedSettings;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.semantic.MiniLmEmbedder;

/**
 * Evaluates related publications where the answer is not an input: PA-X agreements of the same peace
 * process with the process left out of the seed, and UN General Debate statements of the same country in
 * neighbouring years with countries, speakers and titles left out of the index. Every system gives its top
 * 10 of every seed; the engine is compared with a textbook TF-IDF cosine and Lucene-style MoreLikeThis,
 * with a paired bootstrap interval of its nDCG@10 difference, and without each signal in turn. Seeds are
 * split in two halves by a hash of their label: settings were tuned on the first, the second is held out.
 *
 *   java … RelatedEval path/to/shared/data work-folder
 */
public final class RelatedEval {
    static final int TOP = 10;
    private static final int CANDIDATES = 60;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-related"));
        Gazetteer gazetteer = Gazetteer.standard();
        for (RelatedTask task : List.of(RelatedTask.pax(data, gazetteer), RelatedTask.ungdc(data, gazetteer))) {
            evaluate(task, work, gazetteer);
        }
    }

    private static void evaluate(RelatedTask task, Path work, Gazetteer gazetteer) throws IOException {
        TimedEmbedder embedder = new TimedEmbedder(new MiniLmEmbedder(ForkJoinPool.commonPool()));
        try (LuceneSearchIndex index = new LuceneSearchIndex(work.resolve(task.name()), gazetteer, embedder)) {
            index.clear();
            long start = System.nanoTime();
            for (int i = 0; i < task.corpus().size(); i += 256) {
                index.index(task.corpus().subList(i, Math.min(task.corpus().size(), i + 256)));
            }
            index.refresh();
            System.out.printf(
                    Locale.ROOT,
                    "%nIndexed %,d publications in %.1f s; %s%n",
                    task.corpus().size(),
                    (System.nanoTime() - start) / 1e9,
                    embedder.report());
            Map<String, Function<Publication, List<String>>> systems = new LinkedHashMap<>();
            Map<String, Candidates> seen = new HashMap<>();
            Function<Publication, Candidates> candidates = p -> seen.computeIfAbsent(p.id(), id -> {
                Publication seed = task.blind().apply(p);
                List<RelatedCandidate> found = index.relatedCandidates(seed, List.of(), CANDIDATES);
                return new Candidates(seed, found, Rarities.of(index, seed, found));
            });
            if (task.labelIsCollection()) {
                RelatedEngine informed = new RelatedEngine(gazetteer, RelatedSettings.DEFAULT);
                systems.put("engine, told the label (reference)", p -> {
                    List<RelatedCandidate> found = index.relatedCandidates(p, List.of(), CANDIDATES);
                    return ids(informed.rank(
                            CandidateFacts.of(p),
                            PaxReader.PEACE_PROCESS,
                            found,
                            Map.of(),
                            Rarities.of(index, p, found),
                            TOP));
                });
            }
            RelatedSettings blind =
                    task.labelIsCollection() ? RelatedSettings.DEFAULT.withoutCollection() : RelatedSettings.DEFAULT;
            RelatedEngine engine = new RelatedEngine(gazetteer, blind);
            systems.put("Dossier related engine", p -> related(engine, candidates.apply(p)));
            for (double weight : new double[] {0.1, 0.2, 0.3}) {
                RelatedEngine weighted = new RelatedEngine(gazetteer, blind.withMeaning(weight));
                systems.put("  meaning weighs " + weight, p -> related(weighted, candidates.apply(p)));
            }
            for (String signal : List.of("meaning", "text", "topics", "places", "recency", "diversity")) {
                RelatedEngine ablated = new RelatedEngine(gazetteer, blind.without(signal));
                systems.put("  without " + signal, p -> related(ablated, candidates.apply(p)));
            }
            systems.put(
                    "Baseline: meaning vectors (nearest)",
                    p -> candidates.apply(p).found().stream()
                            .filter(c -> !Double.isNaN(c.meaning()))
                            .sorted(java.util.Comparator.comparingDouble(RelatedCandidate::meaning)
                                    .reversed())
                            .limit(TOP)
                            .map(RelatedCandidate::id)
                            .toList());
            TfIdf tfIdf = new TfIdf(task.corpus());
            systems.put(BASELINE, p -> tfIdf.similar(p.id(), TOP));
            systems.put("Baseline: MoreLikeThis", p -> index.similar(p.id(), TOP));

            System.out.printf(
                    "%n%s (%d publications, %d seeds; relevant = %s)%n%n",
                    task.title(), task.corpus().size(), task.seeds().size(), task.relevance());
            System.out.printf(
                    "%-36s %-9s %7s %26s %7s %9s %8s %9s %6s%n",
                    "system",
                    "set",
                    "nDCG@10",
                    "vs TF-IDF (95% CI)",
                    "P@5",
                    "recall@10",
                    "full 10",
                    "exposure",
                    "seeds");
            Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
            systems.forEach((name, system) -> {
                Map<String, List<String>> out = new LinkedHashMap<>();
                task.seeds().forEach(p -> out.put(p.id(), system.apply(p)));
                lists.put(name, out);
            });
            for (boolean heldOut : new boolean[] {false, true}) {
                RelatedMetrics baseline = RelatedMetrics.of(task, lists.get(BASELINE), heldOut);
                for (var system : lists.entrySet()) {
                    RelatedMetrics m = RelatedMetrics.of(task, system.getValue(), heldOut);
                    double[] ci = m.pairedInterval(baseline);
                    System.out.printf(
                            Locale.ROOT,
                            "%-36s %-9s %7.3f %+8.3f [%+7.3f, %+7.3f] %7.3f %9.3f %7.1f%% %8.2f%% %6d%n",
                            system.getKey(),
                            heldOut ? "held-out" : "tuning",
                            m.ndcg(),
                            ci[0],
                            ci[1],
                            ci[2],
                            m.p5(),
                            m.recall(),
                            100 * m.full(),
                            100 * m.exposure(),
                            m.seeds());
                }
                System.out.println();
            }
        }
    }

    private static final String BASELINE = "Baseline: TF-IDF cosine";

    /** A seed as the engine sees it, its candidates and their rarity: found once, ranked by every variant. */
    private record Candidates(Publication seed, List<RelatedCandidate> found, Rarity rarity) {}

    private static List<String> related(RelatedEngine engine, Candidates c) {
        return ids(engine.rank(CandidateFacts.of(c.seed()), null, c.found(), Map.of(), c.rarity(), TOP));
    }

    private static List<String> ids(List<RelatedItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }
}
