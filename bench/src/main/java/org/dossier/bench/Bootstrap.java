package org.dossier.bench;

import java.util.Arrays;
import java.util.Random;

/** The paired bootstrap: how sure a difference between two systems judged on the same items is. */
final class Bootstrap {
    private Bootstrap() {}

    /** The mean of {@code a − b} over the items, and its 95% interval from 2,000 resamples of the items. */
    static double[] pairedInterval(double[] a, double[] b) {
        int n = a.length;
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = a[i] - b[i];
        }
        Random random = new Random(42);
        double[] means = new double[2000];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += diff[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {
            Arrays.stream(diff).average().orElse(0),
            means[(int) (0.025 * means.length)],
            means[(int) (0.975 * means.length) - 1]
        };
    }
}
