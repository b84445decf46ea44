package dev.neuroevo.strategy.ga;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;

/**
 * A GA generation's broadcast: the parents' weights and the variation. An individual with
 * {@code a = -1} is a fresh random network; otherwise it is parent {@code a} (crossed with parent
 * {@code b} when {@code b >= 0}), mutated unless it is an elite copy.
 */
record GaBreed(double[][] parents, Variation variation, int dimension, double initStd, boolean[] biasMask)
        implements Breed {

    @Override
    public long values() {
        return (long) parents.length * dimension + biasMask.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        if (individual.a() < 0) {
            SplitMix64 rng = new SplitMix64(individual.seed());
            for (int i = 0; i < dimension; i++) {
                out[i] = biasMask[i] ? 0 : initStd * rng.nextGaussian();
            }
        } else if (!individual.mutate()) {
            System.arraycopy(parents[individual.a()], 0, out, 0, dimension);
        } else {
            double[] b = individual.b() >= 0 ? parents[individual.b()] : null;
            variation.breed(parents[individual.a()], b, individual.seed(), out);
        }
    }
}
