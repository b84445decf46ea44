package dev.neuroevo.strategy.ga;

import dev.neuroevo.config.Choice;
import dev.neuroevo.random.SplitMix64;

/** Two-parent recombination of flat weight vectors. */
public enum Crossover implements Choice {
    /** Each gene from either parent with probability 1/2. */
    UNIFORM,
    /** Genes before a cut point uniform in [1, n) from the first parent, the rest from the second. */
    SINGLE_POINT,
    /** No recombination: the child is its first parent before mutation. */
    NONE;

    public void cross(double[] a, double[] b, SplitMix64 rng, double[] child) {
        int n = child.length;
        if (this == NONE) {
            System.arraycopy(a, 0, child, 0, n);
        } else if (this == UNIFORM) {
            for (int i = 0; i < n; i++) {
                child[i] = (rng.nextLong() & 1) == 0 ? a[i] : b[i];
            }
        } else {
            int cut = n < 2 ? n : 1 + rng.nextInt(n - 1);
            System.arraycopy(a, 0, child, 0, cut);
            System.arraycopy(b, cut, child, cut, n - cut);
        }
    }

    public static Crossover of(String id) {
        return Choice.of(Crossover.class, id);
    }
}
