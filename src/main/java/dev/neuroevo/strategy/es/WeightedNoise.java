package dev.neuroevo.strategy.es;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;

/**
 * One generation's weighted noise sum {@code sum_p c_p eps_p}, as seeds and scalars: the run seed
 * and generation that key every pair's noise, one coefficient per pair, and the dimension. It is
 * small enough to broadcast, and any machine can add any pair's term.
 *
 * <p>Terms are added in fixed point, so that the sum does not depend on the order or grouping in
 * which pairs are added (a tree aggregation on a cluster groups them by partition and combines
 * them in the order tasks finish). Every term {@code c_p eps_p[i]} is rounded to a multiple of one
 * power-of-two quantum and accumulated as a {@code long}; integer addition is associative, so
 * every grouping gives the same bits. This is the pre-rounding idea of reproducible summation
 * (Demmel and Nguyen 2013, "Fast Reproducible Floating-Point Summation", ARITH-21). The quantum
 * is chosen from {@code sum_p |c_p|} so no partial sum can overflow: {@link SplitMix64#nextGaussian}
 * (Marsaglia's polar method on 53-bit uniforms) never exceeds {@code sqrt(-2 ln 2^-104) < 12.1} in
 * magnitude, below the bound 16 used here, which leaves 2^62 quanta for {@code 16 sum_p |c_p|}.
 * Each term is off by at most half a quantum, about {@code 2^-58 sum_p |c_p|}: no worse than
 * summing the doubles one after another.
 */
public final class WeightedNoise implements Serializable {
    private static final double NOISE_BOUND = 16;
    private static final int QUANTA_BITS = 62;

    private final long runSeed;
    private final int generation;
    private final double[] coefficients;
    private final int dimension;
    private final double toQuanta;
    private final double quantum;

    /** Coefficient {@code c[p]} weighs the noise of pair {@code p} of {@code generation}. */
    public WeightedNoise(long runSeed, int generation, double[] coefficients, int dimension) {
        double total = 0;
        for (double c : coefficients) {
            total += Math.abs(c);
        }
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("noise coefficients must be finite, their sum of magnitudes is " + total);
        }
        this.runSeed = runSeed;
        this.generation = generation;
        this.coefficients = coefficients.clone();
        this.dimension = dimension;
        // 2^e > NOISE_BOUND * total, so every partial sum stays below 2^QUANTA_BITS quanta
        int e = total == 0 ? 0 : Math.getExponent(NOISE_BOUND * total) + 1;
        this.toQuanta = Math.scalb(1.0, QUANTA_BITS - e);
        this.quantum = Math.scalb(1.0, e - QUANTA_BITS);
    }

    /** The seed of pair {@code pair}'s noise in {@code generation}: what individuals carry and the gradient regenerates. */
    static long seed(long runSeed, int generation, int pair) {
        return SplitMix64.key(runSeed, generation, pair, Purpose.NOISE);
    }

    /** The generation whose pairs' noise this sums. */
    public int generation() {
        return generation;
    }

    public int pairs() {
        return coefficients.length;
    }

    public int dimension() {
        return dimension;
    }

    /** A zero sum to add terms into. */
    public long[] zero() {
        return new long[dimension];
    }

    /** Adds pair {@code pair}'s term {@code c_p eps_p}, in quanta, to {@code sum}; pairs of weight 0 draw nothing. */
    public void add(int pair, long[] sum) {
        double c = coefficients[pair];
        if (c == 0) {
            return;
        }
        SplitMix64 rng = new SplitMix64(seed(runSeed, generation, pair));
        for (int i = 0; i < dimension; i++) {
            sum[i] += (long) Math.rint(c * rng.nextGaussian() * toQuanta);
        }
    }

    /** {@code into += from}; either may be null (no pair added yet). Returns the sum. */
    public static long[] merge(long[] into, long[] from) {
        if (into == null) {
            return from;
        }
        if (from != null) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }
        return into;
    }

    /** The sum in quanta as doubles; null (nothing added) is the zero vector. */
    public double[] value(long[] sum) {
        double[] out = new double[dimension];
        if (sum != null) {
            for (int i = 0; i < dimension; i++) {
                out[i] = sum[i] * quantum;
            }
        }
        return out;
    }

    /** The whole sum formed in this thread, pair after pair: the driver's way. */
    public double[] sumHere() {
        long[] sum = zero();
        for (int p = 0; p < coefficients.length; p++) {
            add(p, sum);
        }
        return value(sum);
    }
}
