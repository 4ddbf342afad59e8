package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.enrich.TopicSuggester;
import org.dossier.place.Gazetteer;
import org.dossier.publication.Publication;
import org.dossier.search.Facet;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.site.SiteSettings;

/**
 * Topic suggestions judged on archives that carry topics: PA-X agreements (their coded topics; the title is all the
 * text an agreement has) and the ReliefWeb theme sample (title and text). Each archive is split in two by a hash
 * of the id: the first half keeps its topics (the archive's tagged publications, which vote and calibrate), the
 * second is indexed without them and its topics are suggested, then compared with the ones it had. Everything is
 * indexed, as untagged publications are in Dossier. The number of voting neighbours is chosen on the first half
 * alone (one quarter tagged, the other judged). Rankings are compared per publication (is the first right; how many
 * of the first three; paired bootstrap intervals) with the frequency baseline (the first half's topics by how
 * many carry them) and a plain vote (the nearest neighbours' topics by how many carry them, no weights, no
 * calibration); and at the default confidence, the precision and recall of what editors would see.
 *
 *   java … TopicSuggestionEval path/to/shared/data work-folder
 */
public final class TopicSuggestionEval {
    /** The confidence a suggestion needs by default, as in Dossier (chosen on the tuning halves: see below). */
    private static final double THRESHOLD = SiteSettings.DEFAULT_TOPIC_CONFIDENCE / 100.0;

    private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6};

    private TopicSuggestionEval() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-topics"));
        Gazetteer gazetteer = Gazetteer.standard();
        evaluate("PA-X agreements", BenchCorpus.pax(data, gazetteer), work.resolve("pax"), gazetteer);
        evaluate("ReliefWeb reports", BenchCorpus.reliefWeb(data), work.resolve("reliefweb"), gazetteer);
    }

    private static void evaluate(String name, List<Publication> all, Path folder, Gazetteer gazetteer) {
        List<Publication> corpus =
                all.stream().filter(p -> !p.topics().isEmpty()).toList();
        List<Publication> tuning = new ArrayList<>();
        List<Publication> reported = new ArrayList<>();
        corpus.forEach(p -> (half(p.id()) == 0 ? tuning : reported).add(p));
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder, gazetteer)) {
            index.clear();
            index.index(corpus.stream()
                    .map(p -> half(p.id()) == 0
                            ? p
                            : p.toBuilder().topics(List.of()).build())
                    .toList());
            index.refresh();
            System.out.printf(
                    Locale.ROOT,
                    "%n%s: %,d with topics (%d topics), tagged half %,d, judged half %,d%n",
                    name,
                    corpus.size(),
                    corpus.stream().flatMap(p -> p.topics().stream()).distinct().count(),
                    tuning.size(),
                    reported.size());

            List<Publication> tuneTagged = new ArrayList<>();
            List<Publication> tuneJudged = new ArrayList<>();
            tuning.forEach(p -> (quarter(p.id()) == 0 ? tuneTagged : tuneJudged).add(p));
            int best = TopicSuggester.NEIGHBOURS;
            double bestScore = -1;
            Run chosen = null;
            for (int k : new int[] {5, 10, 20}) {
                Run tried = run(index, tuneTagged, tuneJudged, k);
                System.out.printf(
                        Locale.ROOT,
                        "  choosing on the tagged half: %d neighbours, precision of the first three %.3f;"
                                + " first right %.3f by share of the votes, %.3f by confidence%n",
                        k,
                        mean(tried.atThree),
                        mean(tried.first),
                        mean(tried.byConfidence.first));
                if (mean(tried.atThree) > bestScore + 0.005) {
                    best = k;
                    bestScore = mean(tried.atThree);
                    chosen = tried;
                }
            }
            System.out.println("  choosing on the tagged half: F1 of what editors would see by confidence needed: "
                    + chosen.byThreshold());
            Run knn = run(index, tuning, reported, best);
            Map<String, Long> frequency = new LinkedHashMap<>();
            tuning.stream().flatMap(p -> p.topics().stream()).forEach(t -> frequency.merge(t, 1L, Long::sum));
            List<String> byFrequency = frequency.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .toList();
            Ranked baseline = new Ranked(reported.size());
            Ranked majority = new Ranked(reported.size());
            Function<String, List<List<String>>> nearest = neighbours(index, tags(tuning), best);
            for (int i = 0; i < reported.size(); i++) {
                Publication p = reported.get(i);
                baseline.judge(i, byFrequency, p.topics());
                Map<String, Integer> carried = new LinkedHashMap<>();
                nearest.apply(p.id()).forEach(topics -> topics.forEach(t -> carried.merge(t, 1, Integer::sum)));
                majority.judge(
                        i,
                        carried.entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue()
                                        .reversed())
                                .map(Map.Entry::getKey)
                                .toList(),
                        p.topics());
            }
            System.out.printf(
                    Locale.ROOT,
                    "  judged half, %d neighbours:%n"
                            + "    first suggestion right %.3f, first three %.3f precise / %.3f recall"
                            + " (frequency baseline %.3f, %.3f / %.3f; plain vote %.3f, %.3f / %.3f)%n"
                            + "    at the default confidence %.2f: precision %.3f, recall %.3f, %.0f %% of publications"
                            + " get a suggestion; %.0f suggestions/s%n",
                    best,
                    mean(knn.first),
                    mean(knn.atThree),
                    mean(knn.recallAtThree),
                    mean(baseline.first),
                    mean(baseline.atThree),
                    mean(baseline.recallAtThree),
                    mean(majority.first),
                    mean(majority.atThree),
                    mean(majority.recallAtThree),
                    THRESHOLD,
                    knn.precision(),
                    knn.recall(),
                    100.0 * knn.withOne / reported.size(),
                    reported.size() / (knn.nanos / 1e9));
            System.out.println("    F1 by confidence needed: " + knn.byThreshold());
            printDifference("first right, suggestions − frequency baseline", knn.first, baseline.first);
            printDifference("precision of three, suggestions − frequency baseline", knn.atThree, baseline.atThree);
            printDifference("first right, suggestions − plain vote", knn.first, majority.first);
            System.out.println("    calibration (every suggestion made, by its confidence):");
            for (double[] bin : new double[][] {{0, 0.3}, {0.3, 0.5}, {0.5, 0.7}, {0.7, 0.9}, {0.9, 1.01}}) {
                List<double[]> in = knn.made.stream()
                        .filter(m -> m[0] >= bin[0] && m[0] < bin[1])
                        .toList();
                System.out.printf(
                        Locale.ROOT,
                        "      %.1f–%.1f: %,6d suggestions, %.3f right%n",
                        bin[0],
                        Math.min(1, bin[1]),
                        in.size(),
                        in.stream().mapToDouble(m -> m[1]).average().orElse(0));
            }
        }
    }

    /** Suggestions for the judged publications from the tagged ones' topics, and how they compare with the truth. */
    private static Run run(LuceneSearchIndex index, List<Publication> tagged, List<Publication> judged, int k) {
        Map<String, List<String>> tags = tags(tagged);
        Function<String, List<List<String>>> nearest = neighbours(index, tags, k);
        List<TopicSuggester.Example> examples = new ArrayList<>();
        for (Publication p : tagged) {
            examples.add(new TopicSuggester.Example(Set.copyOf(p.topics()), nearest.apply(p.id())));
        }
        TopicSuggester suggester = TopicSuggester.learn(examples, k);
        Run run = new Run(judged.size());
        long start = System.nanoTime();
        for (int i = 0; i < judged.size(); i++) {
            Publication p = judged.get(i);
            List<TopicSuggester.TopicSuggestion> all = suggester.suggest(nearest.apply(p.id()), Set.of(), 0);
            all.forEach(s ->
                    run.made.add(new double[] {s.confidence(), p.topics().contains(s.topic()) ? 1 : 0}));
            run.judge(i, all.stream().map(TopicSuggester.TopicSuggestion::topic).toList(), p.topics());
            run.byConfidence.judge(
                    i,
                    all.stream()
                            .sorted(Comparator.comparingDouble(TopicSuggester.TopicSuggestion::confidence)
                                    .reversed())
                            .map(TopicSuggester.TopicSuggestion::topic)
                            .toList(),
                    p.topics());
            List<String> kept = all.stream()
                    .filter(s -> s.confidence() >= THRESHOLD)
                    .map(TopicSuggester.TopicSuggestion::topic)
                    .toList();
            run.suggested += kept.size();
            run.truths += p.topics().size();
            run.right += kept.stream().filter(p.topics()::contains).count();
            run.withOne += kept.isEmpty() ? 0 : 1;
        }
        run.nanos = System.nanoTime() - start;
        return run;
    }

    /** Per publication: is the first of a ranking right, how precise are its first three, how much do they find. */
    private static class Ranked {
        final double[] first;
        final double[] atThree;
        final double[] recallAtThree;

        Ranked(int n) {
            first = new double[n];
            atThree = new double[n];
            recallAtThree = new double[n];
        }

        void judge(int i, List<String> ranking, List<String> truth) {
            List<String> three = ranking.subList(0, Math.min(3, ranking.size()));
            long right = three.stream().filter(truth::contains).count();
            first[i] = !ranking.isEmpty() && truth.contains(ranking.get(0)) ? 1 : 0;
            atThree[i] = right / 3.0;
            recallAtThree[i] = right / (double) truth.size();
        }
    }

    private static final class Run extends Ranked {
        final List<double[]> made = new ArrayList<>();
        final Ranked byConfidence;
        long suggested;
        long truths;
        long right;
        int withOne;
        long nanos;

        Run(int n) {
            super(n);
            byConfidence = new Ranked(n);
        }

        double precision() {
            return suggested == 0 ? 0 : right / (double) suggested;
        }

        double recall() {
            return truths == 0 ? 0 : right / (double) truths;
        }

        /** Precision, recall and F1 of the suggestions with at least each confidence of {@link #THRESHOLDS}. */
        String byThreshold() {
            StringBuilder out = new StringBuilder();
            for (double t : THRESHOLDS) {
                long kept = made.stream().filter(m -> m[0] >= t).count();
                double hits = made.stream()
                        .filter(m -> m[0] >= t)
                        .mapToDouble(m -> m[1])
                        .sum();
                double p = kept == 0 ? 0 : hits / kept;
                double r = truths == 0 ? 0 : hits / truths;
                out.append(String.format(
                        Locale.ROOT,
                        "%s%.1f: %.3f/%.3f/%.3f",
                        out.isEmpty() ? "" : ", ",
                        t,
                        p,
                        r,
                        p + r == 0 ? 0 : 2 * p * r / (p + r)));
            }
            return out + " (precision/recall/F1)";
        }
    }

    private static Map<String, List<String>> tags(List<Publication> tagged) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tagged.forEach(p -> tags.put(p.id(), p.topics()));
        return tags;
    }

    /**
     * As Dossier's enrichment asks: the most alike among publications with topics, those tagged in this run kept
     * (in the bench, the judged half is indexed without topics, so it is not among them).
     */
    private static Function<String, List<List<String>>> neighbours(
            LuceneSearchIndex index, Map<String, List<String>> tags, int k) {
        return id -> {
            List<List<String>> out = new ArrayList<>();
            for (String near : index.similar(id, 3 * k, Facet.TOPIC)) {
                if (tags.containsKey(near) && out.size() < k) {
                    out.add(tags.get(near));
                }
            }
            return out;
        };
    }

    private static void printDifference(String what, double[] a, double[] b) {
        double[] d = Bootstrap.pairedInterval(a, b);
        System.out.printf(Locale.ROOT, "    %s: %+.3f (95%% CI %+.3f … %+.3f)%n", what, d[0], d[1], d[2]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static int half(String id) {
        return Math.floorMod(id.hashCode() * 0x9E3779B9, 2);
    }

    /** Splits a half in two again, by other bits of the hash than {@link #half}'s. */
    private static int quarter(String id) {
        return (id.hashCode() * 0x9E3779B9 >>> 16) & 1;
    }
}
