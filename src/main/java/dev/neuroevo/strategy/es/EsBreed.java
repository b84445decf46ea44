package dev.neuroevo.strategy.es;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;

/**
 * An ES generation's broadcast: only the mean {@code theta} and the noise scale {@code sigma}.
 * A {@link Perturbation} of sign 0 is theta itself; otherwise it is {@code theta + sign sigma eps},
 * where {@code eps ~ N(0, I)} is regenerated from its noise seed.
 */
record EsBreed(double[] theta, double sigma) implements Breed {

    @Override
    public long values() {
        return theta.length;
    }

    @Override
    public int dimension() {
        return theta.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        Perturbation p = (Perturbation) individual;
        if (p.sign() == 0) {
            System.arraycopy(theta, 0, out, 0, theta.length);
        } else {
            addNoise(p.seed(), p.sign() * sigma, theta, out);
        }
    }

    /**
     * {@code out = base + scale * eps} with eps the standard normal vector of {@code noiseSeed}: the
     * generator's Gaussians in index order, as {@link WeightedNoise#add} draws them for the
     * gradient. {@code out} may be {@code base}.
     */
    private static void addNoise(long noiseSeed, double scale, double[] base, double[] out) {
        SplitMix64 rng = new SplitMix64(noiseSeed);
        for (int i = 0; i < base.length; i++) {
            out[i] = base[i] + scale * rng.nextGaussian();
        }
    }
}
