package dev.neuroevo.task.functions;

import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;

/**
 * A fixed random orthogonal matrix: Gram-Schmidt applied to the rows of a standard normal matrix
 * drawn from a seed, which gives a rotation distributed uniformly (Haar) up to reflections.
 * Evaluating f(Rx) instead of f(x) turns a separable function into a non-separable one, which a
 * rotation-invariant search such as CMA-ES should not notice. Rows are stored row-major.
 */
public record Rotation(int dimension, double[] rows) implements Serializable {

    public static Rotation random(int n, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        double[] r = new double[n * n];
        for (int k = 0; k < r.length; k++) {
            r[k] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            int oi = i * n;
            for (int j = 0; j < i; j++) {
                int oj = j * n;
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += r[oi + k] * r[oj + k];
                }
                for (int k = 0; k < n; k++) {
                    r[oi + k] -= dot * r[oj + k];
                }
            }
            double norm = 0;
            for (int k = 0; k < n; k++) {
                norm += r[oi + k] * r[oi + k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < n; k++) {
                r[oi + k] /= norm;
            }
        }
        return new Rotation(n, r);
    }

    /** out = R x; allocates nothing. */
    public void apply(double[] x, double[] out) {
        int n = dimension;
        for (int i = 0; i < n; i++) {
            int o = i * n;
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += rows[o + k] * x[k];
            }
            out[i] = s;
        }
    }
}
