package dev.neuroevo.strategy.es;

/**
 * Where OpenAI-ES forms its gradient's noise sum {@code sum_p c_p eps_p}: every pair's noise is
 * regenerated from its seed, on the driver ({@link #DRIVER}) or on a cluster's executors (see
 * {@code spark.TreeAggregateNoiseSum}). Every implementation returns the same bits, since
 * {@link WeightedNoise} sums in fixed point.
 */
@FunctionalInterface
public interface NoiseSum {

    /** In the driver's thread: n d Gaussian draws there per generation, O(d) memory. */
    NoiseSum DRIVER = WeightedNoise::sumHere;

    /** The sum of every pair's weighted noise. */
    double[] sum(WeightedNoise noise);
}
