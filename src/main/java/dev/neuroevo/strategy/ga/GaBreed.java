package dev.neuroevo.strategy.ga;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;

/**
 * A GA generation's broadcast: the parents' weights and the variation, from which each
 * {@link Offspring} is rebuilt.
 */
record GaBreed(double[][] parents, Variation variation, int dimension, double initStd, boolean[] biasMask)
        implements Breed {

    @Override
    public long values() {
        return (long) parents.length * dimension + biasMask.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        Offspring o = (Offspring) individual;
        if (o.firstParent() < 0) {
            SplitMix64 rng = new SplitMix64(o.seed());
            for (int i = 0; i < dimension; i++) {
                out[i] = biasMask[i] ? 0 : initStd * rng.nextGaussian();
            }
        } else if (!o.mutate()) {
            System.arraycopy(parents[o.firstParent()], 0, out, 0, dimension);
        } else {
            double[] b = o.secondParent() >= 0 ? parents[o.secondParent()] : null;
            variation.breed(parents[o.firstParent()], b, o.seed(), out);
        }
    }
}
