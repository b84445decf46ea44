package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;

/**
 * A CMA-ES generation's broadcast: the mean, sigma, and B D with column j stored contiguously at
 * [j n, (j + 1) n). An individual is x = m + sigma B D z with z drawn from its seed; adding one
 * column at a time keeps the loop an axpy and needs no buffer for z.
 */
record CmaBreed(double[] mean, double sigma, double[] bdColumns) implements Breed {

    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public long values() {
        return mean.length + (long) bdColumns.length;
    }

    @Override
    public void build(Individual individual, double[] out) {
        int n = mean.length;
        SplitMix64 rng = new SplitMix64(individual.seed());
        System.arraycopy(mean, 0, out, 0, n);
        for (int j = 0; j < n; j++) {
            double s = sigma * rng.nextGaussian();
            int o = j * n;
            for (int i = 0; i < n; i++) {
                out[i] += s * bdColumns[o + i];
            }
        }
    }
}
