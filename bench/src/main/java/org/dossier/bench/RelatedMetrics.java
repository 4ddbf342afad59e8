package org.dossier.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.publication.Publication;

/**
 * One system's related lists judged on one half of a task: nDCG@10 per seed (kept in seed order for paired
 * comparisons), P@5, recall@10 (of at most 10 relevant), the share of lists that hold all 10, and exposure
 * (the largest share of all slots that one publication takes).
 */
record RelatedMetrics(double[] perSeed, double p5, double recall, double full, double exposure) {

    static RelatedMetrics of(RelatedTask task, Map<String, List<String>> lists, boolean heldOut) {
        List<Double> ndcg = new ArrayList<>();
        double p5 = 0;
        double recall = 0;
        int full = 0;
        int inHalf = 0;
        int slots = 0;
        Map<String, Integer> shown = new HashMap<>();
        for (Publication seed : task.seeds()) {
            if (task.labels().get(seed.id()) == null || task.heldOut(seed) != heldOut) {
                continue;
            }
            inHalf++;
            List<String> list = lists.get(seed.id());
            full += list.size() >= RelatedEval.TOP ? 1 : 0;
            for (String id : list) {
                shown.merge(id, 1, Integer::sum);
                slots++;
            }
            Set<String> relevant = task.relevantTo(seed);
            if (relevant.isEmpty()) {
                continue;
            }
            double dcg = 0;
            double ideal = 0;
            int hits = 0;
            for (int i = 0; i < Math.min(RelatedEval.TOP, list.size()); i++) {
                if (relevant.contains(list.get(i))) {
                    dcg += 1 / log2(i + 2);
                    hits++;
                    p5 += i < 5 ? 0.2 : 0;
                }
            }
            for (int i = 0; i < Math.min(RelatedEval.TOP, relevant.size()); i++) {
                ideal += 1 / log2(i + 2);
            }
            ndcg.add(dcg / ideal);
            recall += (double) hits / Math.min(RelatedEval.TOP, relevant.size());
        }
        int seeds = ndcg.size();
        int maxShown = shown.values().stream().max(Integer::compare).orElse(0);
        return new RelatedMetrics(
                ndcg.stream().mapToDouble(Double::doubleValue).toArray(),
                p5 / seeds,
                recall / seeds,
                (double) full / inHalf,
                slots == 0 ? 0 : (double) maxShown / slots);
    }

    double ndcg() {
        return Arrays.stream(perSeed).average().orElse(0);
    }

    int seeds() {
        return perSeed.length;
    }

    /** The mean nDCG@10 difference with another system on the same seeds, and its 95% paired bootstrap interval. */
    double[] pairedInterval(RelatedMetrics other) {
        return Bootstrap.pairedInterval(perSeed, other.perSeed);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
