package dev.neuroevo.strategy.ga;

import dev.neuroevo.random.SplitMix64;

/**
 * Adds N(0, sigma^2) noise to each gene with probability {@code rate} (every gene when rate is 1,
 * as the elitist GA of Such et al. 2017 does).
 */
public record GaussianMutation(double sigma, double rate) implements Variation {

    public GaussianMutation {
        if (!(sigma >= 0) || !(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("need sigma >= 0 and 0 <= rate <= 1");
        }
    }

    @Override
    public void breed(double[] a, double[] b, long seed, double[] child) {
        System.arraycopy(a, 0, child, 0, child.length);
        mutate(child, seed);
    }

    /** Mutates {@code genes} in place. */
    public void mutate(double[] genes, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        if (rate >= 1) {
            for (int i = 0; i < genes.length; i++) {
                genes[i] += sigma * rng.nextGaussian();
            }
        } else {
            for (int i = 0; i < genes.length; i++) {
                if (rng.nextDouble() < rate) {
                    genes[i] += sigma * rng.nextGaussian();
                }
            }
        }
    }
}
