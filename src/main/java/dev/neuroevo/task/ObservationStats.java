package dev.neuroevo.task;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Count, sum and sum of squares of the observations seen in rollouts: enough to normalise a
 * policy's inputs (Salimans et al. 2017 keep the same running statistics), small enough to send
 * back with each individual's fitness, and merged in individual order so runs stay deterministic.
 */
public record ObservationStats(long count, double[] sum, double[] sumSq) implements Serializable {

    /** Floor of the standard deviation, as OpenAI's RunningStat uses (variance floor 1e-2). */
    private static final double MIN_VARIANCE = 1e-2;
    /** Normalised inputs are clipped to this magnitude. */
    public static final double CLIP = 5.0;

    public static ObservationStats empty(int dimension) {
        return new ObservationStats(0, new double[dimension], new double[dimension]);
    }

    public ObservationStats merge(ObservationStats other) {
        if (other == null) {
            return this;
        }
        double[] s = sum.clone();
        double[] q = sumSq.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += other.sum[i];
            q[i] += other.sumSq[i];
        }
        return new ObservationStats(count + other.count, s, q);
    }

    /** The normaliser these statistics define; the identity before any observation. */
    public InputNormalizer normalizer() {
        int n = sum.length;
        double[] mean = new double[n];
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            if (count == 0) {
                std[i] = 1;
                continue;
            }
            mean[i] = sum[i] / count;
            std[i] = Math.sqrt(Math.max(sumSq[i] / count - mean[i] * mean[i], MIN_VARIANCE));
        }
        return new InputNormalizer(mean, std, CLIP);
    }

    /** Accumulates observations in place, for one scorer; {@link #snapshot()} hands them on. */
    public static final class Accumulator {
        private long count;
        private final double[] sum;
        private final double[] sumSq;

        public Accumulator(int dimension) {
            sum = new double[dimension];
            sumSq = new double[dimension];
        }

        public void add(double[] x) {
            count++;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
                sumSq[i] += x[i] * x[i];
            }
        }

        public void clear() {
            count = 0;
            Arrays.fill(sum, 0);
            Arrays.fill(sumSq, 0);
        }

        public ObservationStats snapshot() {
            return new ObservationStats(count, sum.clone(), sumSq.clone());
        }
    }
}
