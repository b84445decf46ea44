package dev.neuroevo.strategy.ga;

import dev.neuroevo.random.SplitMix64;

/** Crossover of two parents, then Gaussian mutation; the two draw from separate sub-streams of the seed. */
public record CrossoverThenMutation(Crossover crossover, GaussianMutation mutation) implements Variation {

    @Override
    public void breed(double[] a, double[] b, long seed, double[] child) {
        if (b == null) {
            System.arraycopy(a, 0, child, 0, child.length);
        } else {
            crossover.cross(a, b, new SplitMix64(SplitMix64.child(seed, 0)), child);
        }
        mutation.mutate(child, SplitMix64.child(seed, 1));
    }
}
