package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminationTest {
    private static final int N = 10;
    private static final Termination STOP = Termination.of(N, 10, 1e-11, 1e-11);
    private static final double[] ONES = ones();
    private static final double[] PC = new double[N];

    private static double[] ones() {
        double[] a = new double[N];
        Arrays.fill(a, 1);
        return a;
    }

    /** A history of {@code generations} generations whose best and median fitness follow {@code f(g)}. */
    private static FitnessHistory history(int generations, java.util.function.IntToDoubleFunction f) {
        FitnessHistory h = FitnessHistory.empty();
        for (int g = 0; g < generations; g++) {
            h = h.append(new double[] {f.applyAsDouble(g), f.applyAsDouble(g) - 1});
        }
        return h;
    }

    @Test
    void defaultsFollowTheTutorialAndPycma() {
        assertEquals(40, STOP.funHistory());
        assertEquals(150, STOP.stagnation());
        assertEquals(100 + (int) (150.0 * 13 * 13 / Math.sqrt(10)), STOP.maxIter());
    }

    @Test
    void aProgressingRunGoesOn() {
        FitnessHistory h = history(500, g -> -Math.exp(-0.01 * g));
        assertNull(first(500, h, new double[] {-1, -2}, 1, ONES, PC, 10));
    }

    @Test
    void tolfunNeedsAFlatHistoryAndAFlatGeneration() {
        FitnessHistory flat = history(40, g -> -1);
        assertEquals(Termination.TOLFUN, first(40, flat, new double[] {-1, -1}, 1, ONES, PC, 1));
        assertNull(first(40, flat, new double[] {-1, -1.1}, 1, ONES, PC, 1));
        assertNull(first(39, history(39, g -> -1), new double[] {-1, -1}, 1, ONES, PC, 1));
    }

    @Test
    void tolxConditionAndMaxiter() {
        FitnessHistory h = history(20, g -> -g);
        double[] generation = {-1, -2};
        assertEquals(Termination.TOLX, first(20, h, generation, 1e-12, ONES, PC, 1));
        double[] longPath = PC.clone();
        longPath[3] = 100;
        assertNull(first(20, h, generation, 1e-12, ONES, longPath, 1));
        assertEquals(Termination.CONDITION, first(20, h, generation, 1, ONES, PC, 1.1e14));
        assertEquals(Termination.CONDITION, first(20, h, generation, 1, ONES, PC, Double.NaN));
        assertEquals(Termination.MAXITER, first(STOP.maxIter(), h, generation, 1, ONES, PC, 1));
    }

    @Test
    void everyReasonThatHoldsIsListed() {
        FitnessHistory h = history(20, g -> -g);
        assertEquals(List.of(Termination.TOLX, Termination.CONDITION),
                STOP.reasons(20, h, new double[] {-1, -2}, 1e-12, ONES, PC, 1e15));
    }

    /** The reason reported as the stop reason: the first that holds, or null. */
    private static String first(int generations, FitnessHistory h, double[] sorted, double sigma, double[] variances,
                                double[] pc, double condition) {
        List<String> all = STOP.reasons(generations, h, sorted, sigma, variances, pc, condition);
        return all.isEmpty() ? null : all.get(0);
    }

    @Test
    void stagnationComparesTheWindowsEnds() {
        double[] generation = {0, -5};
        // Improving then oscillating without gain: the last 30% is no better than the first 30%.
        FitnessHistory stuck = history(150, g -> (g % 2 == 0 ? 1 : -1));
        assertEquals(Termination.STAGNATION, first(150, stuck, generation, 1, ONES, PC, 1));
        assertNull(first(149, history(149, g -> g % 2), generation, 1, ONES, PC, 1));
        FitnessHistory slow = history(150, g -> 1e-3 * g);
        assertNull(first(150, slow, generation, 1, ONES, PC, 1));
    }
}
