package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;

/** A sep-CMA-ES generation's broadcast: x_i = m_i + sigma d_i z_i, with d = sqrt(diag C) and z drawn from the seed. */
record SepCmaBreed(double[] mean, double sigma, double[] d) implements Breed {

    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public long values() {
        return mean.length + (long) d.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        SplitMix64 rng = new SplitMix64(individual.seed());
        for (int i = 0; i < mean.length; i++) {
            out[i] = mean[i] + sigma * d[i] * rng.nextGaussian();
        }
    }
}
