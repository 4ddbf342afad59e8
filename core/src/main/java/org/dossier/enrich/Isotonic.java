package org.dossier.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A calibration learned by isotonic regression (pool adjacent violators): from scores and whether each was right,
 * the share of right ones to expect at a score, never lower for a higher score. Between the scores it learned
 * from, the nearer step below is taken; under the lowest, the lowest step.
 */
final class Isotonic {
    private final double[] from;
    private final double[] probability;

    private Isotonic(double[] from, double[] probability) {
        this.from = from;
        this.probability = probability;
    }

    record Observation(double score, boolean right) {}

    static Isotonic fit(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(Observation::score));
        double[] start = new double[sorted.size()];
        double[] last = new double[sorted.size()];
        double[] sum = new double[sorted.size()];
        int[] count = new int[sorted.size()];
        int blocks = 0;
        for (Observation o : sorted) {
            start[blocks] = o.score();
            last[blocks] = o.score();
            sum[blocks] = o.right() ? 1 : 0;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1
                    && (last[blocks - 2] == start[blocks - 1]
                            || sum[blocks - 2] / count[blocks - 2] >= sum[blocks - 1] / count[blocks - 1])) {
                last[blocks - 2] = last[blocks - 1];
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] probability = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            probability[b] = sum[b] / count[b];
        }
        return new Isotonic(Arrays.copyOf(start, blocks), probability);
    }

    double probability(double score) {
        if (from.length == 0) {
            return 0;
        }
        int at = Arrays.binarySearch(from, score);
        int step = at >= 0 ? at : Math.max(0, -at - 2);
        return probability[step];
    }
}
