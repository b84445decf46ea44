package dev.neuroevo.strategy.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.random.SplitMix64;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeightedNoiseTest {
    private static final int D = 1000;

    /** Coefficients of mixed signs and magnitudes (ranks and outliers), some zero. */
    private static WeightedNoise noise(int pairs) {
        SplitMix64 rng = new SplitMix64(21);
        double[] c = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            c[p] = p % 7 == 3 ? 0 : rng.uniform(-1, 1) * (p % 5 == 0 ? 40 : 0.01);
        }
        return new WeightedNoise(17, 4, c, D);
    }

    /** The executors' eps of a pair: the perturbation of a zero mean at sigma 1. */
    private static double[] eps(int pair) {
        double[] out = new double[D];
        new EsBreed(new double[D], 1).build(new Perturbation(1, WeightedNoise.seed(17, 4, pair), 1, pair, 1), out);
        return out;
    }

    @Test
    void everyOrderAndGroupingOfPairsGivesTheSameBits() {
        WeightedNoise w = noise(50);
        double[] forward = w.sumHere();
        long[] backward = w.zero();
        for (int p = 49; p >= 0; p--) {
            w.add(p, backward);
        }
        assertArrayEquals(forward, w.value(backward), 0);
        // three groups, merged last-first, as partitions finishing out of order would be
        long[][] groups = new long[3][];
        for (int p = 0; p < 50; p++) {
            int g = p * 3 / 50;
            groups[g] = groups[g] == null ? w.zero() : groups[g];
            w.add(p, groups[g]);
        }
        long[] merged = WeightedNoise.merge(WeightedNoise.merge(null, groups[2]),
                WeightedNoise.merge(groups[0], groups[1]));
        assertArrayEquals(forward, w.value(merged), 0);
    }

    @Test
    void theSumIsTheFloatingSumOfTheExecutorsNoiseToRoundOff() {
        WeightedNoise w = noise(50);
        double[] c = new double[50];
        double[] reference = new double[D];
        SplitMix64 rng = new SplitMix64(21);
        for (int p = 0; p < 50; p++) {
            c[p] = p % 7 == 3 ? 0 : rng.uniform(-1, 1) * (p % 5 == 0 ? 40 : 0.01);
            double[] e = eps(p);
            for (int i = 0; i < D; i++) {
                reference[i] += c[p] * e[i];
            }
        }
        double[] sum = w.sumHere();
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < D; i++) {
            scale = Math.max(scale, Math.abs(reference[i]));
            worst = Math.max(worst, Math.abs(sum[i] - reference[i]));
        }
        assertTrue(scale > 100, "the outliers dominate: " + scale);
        assertTrue(worst <= 1e-13 * scale, "off by " + worst + " on a scale of " + scale);
        assertFalse(Arrays.equals(sum, new double[D]));
    }

    @Test
    void zeroWeightsGiveZeroAndNonFiniteOnesAreRejected() {
        WeightedNoise flat = new WeightedNoise(1, 0, new double[8], 5);
        assertArrayEquals(new double[5], flat.sumHere(), 0);
        assertArrayEquals(new double[5], flat.value(null), 0);
        assertThrows(IllegalArgumentException.class, () -> new WeightedNoise(1, 0, new double[] {1, Double.NaN}, 5));
        assertEquals(2, new WeightedNoise(1, 0, new double[2], 5).pairs());
    }
}
