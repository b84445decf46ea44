package dev.neuroevo.strategy.ga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.random.SplitMix64;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Mutation and crossover checked against their distributions, with fixed seeds. */
class OperatorsTest {
    private static final int N = 200_000;

    @Test
    void gaussianMutationAddsZeroMeanNoiseOfSigma() {
        double[] parent = new double[N];
        Arrays.fill(parent, 3.0);
        double[] child = new double[N];
        new GaussianMutation(0.1, 1.0).breed(parent, null, 11, child);
        double sum = 0;
        double sq = 0;
        int beyond2Sigma = 0;
        for (int i = 0; i < N; i++) {
            double d = child[i] - parent[i];
            sum += d;
            sq += d * d;
            beyond2Sigma += Math.abs(d) > 0.2 ? 1 : 0;
        }
        assertEquals(0, sum / N, 0.001);
        assertEquals(0.1, Math.sqrt(sq / N), 0.001);
        // P(|Z| > 2) = 0.0455 for a normal distribution.
        assertEquals(0.0455, beyond2Sigma / (double) N, 0.003);
    }

    @Test
    void mutationRateIsTheFractionOfGenesChanged() {
        double[] parent = new double[N];
        double[] child = new double[N];
        new GaussianMutation(1.0, 0.25).breed(parent, null, 5, child);
        int changed = 0;
        for (double c : child) {
            changed += c != 0 ? 1 : 0;
        }
        double expected = 0.25 * N;
        assertEquals(expected, changed, 4 * Math.sqrt(N * 0.25 * 0.75));
    }

    @Test
    void mutationIsAFunctionOfTheSeed() {
        double[] parent = {1, 2, 3, 4};
        double[] a = new double[4];
        double[] b = new double[4];
        double[] c = new double[4];
        GaussianMutation m = new GaussianMutation(0.5, 1.0);
        m.breed(parent, null, 99, a);
        m.breed(parent, null, 99, b);
        m.breed(parent, null, 100, c);
        assertTrue(Arrays.equals(a, b));
        assertTrue(!Arrays.equals(a, c));
    }

    @Test
    void uniformCrossoverTakesEachGeneFromEitherParentHalfTheTime() {
        double[] a = new double[N];
        double[] b = new double[N];
        Arrays.fill(a, 1);
        Arrays.fill(b, 2);
        double[] child = new double[N];
        Crossover.UNIFORM.cross(a, b, new SplitMix64(3), child);
        int fromA = 0;
        int runsOfSame = 0;
        for (int i = 0; i < N; i++) {
            assertTrue(child[i] == 1 || child[i] == 2);
            fromA += child[i] == 1 ? 1 : 0;
            if (i > 0 && child[i] == child[i - 1]) {
                runsOfSame++;
            }
        }
        assertEquals(N / 2.0, fromA, 4 * Math.sqrt(N * 0.25));
        // Independent genes: a gene equals its neighbour half the time.
        assertEquals((N - 1) / 2.0, runsOfSame, 4 * Math.sqrt(N * 0.25));
    }

    @Test
    void singlePointCrossoverCutsUniformlyInsideTheVector() {
        int n = 10;
        double[] a = new double[n];
        double[] b = new double[n];
        Arrays.fill(b, 1);
        double[] child = new double[n];
        int trials = 90_000;
        int[] cuts = new int[n + 1];
        SplitMix64 rng = new SplitMix64(17);
        for (int t = 0; t < trials; t++) {
            Crossover.SINGLE_POINT.cross(a, b, rng, child);
            int cut = 0;
            while (cut < n && child[cut] == 0) {
                cut++;
            }
            for (int i = cut; i < n; i++) {
                assertEquals(1, child[i], "after the cut every gene comes from the second parent");
            }
            cuts[cut]++;
        }
        assertEquals(0, cuts[0], "the child always keeps some of the first parent");
        assertEquals(0, cuts[n], "and some of the second");
        double expected = trials / (double) (n - 1);
        double chi2 = 0;
        for (int c = 1; c < n; c++) {
            chi2 += (cuts[c] - expected) * (cuts[c] - expected) / expected;
        }
        // 8 degrees of freedom: P(chi2 > 26.1) = 0.001.
        assertTrue(chi2 < 26.1, "cut points not uniform, chi2 = " + chi2);
    }

    @Test
    void crossoverBreederMutatesAfterCrossing() {
        double[] a = new double[N];
        double[] b = new double[N];
        Arrays.fill(b, 10);
        double[] child = new double[N];
        new CrossoverThenMutation(Crossover.UNIFORM, new GaussianMutation(0.1, 1.0)).breed(a, b, 8, child);
        int nearA = 0;
        int nearB = 0;
        double sq = 0;
        for (double c : child) {
            double base = Math.abs(c) < 5 ? 0 : 10;
            nearA += base == 0 ? 1 : 0;
            nearB += base == 10 ? 1 : 0;
            sq += (c - base) * (c - base);
        }
        assertEquals(N, nearA + nearB);
        assertEquals(0.5, nearA / (double) N, 0.01);
        assertEquals(0.1, Math.sqrt(sq / N), 0.001);
    }
}
