package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class TerminationTest {
    private static final int N = 10;
    private static final Termination STOP = Termination.of(N, Launch.of(10, new double[N], 1), Tolerances.pycma());
    private static final double[] ONES = filled(1);
    private static final double[] ZEROS = filled(0);

    private static double[] filled(double v) {
        double[] a = new double[N];
        Arrays.fill(a, v);
        return a;
    }

    /** A history of {@code generations} generations whose best and median fitness follow {@code f(g)}. */
    private static FitnessHistory history(int generations, IntToDoubleFunction f) {
        FitnessHistory h = FitnessHistory.empty();
        for (int g = 0; g < generations; g++) {
            h = h.append(new double[] {f.applyAsDouble(g), f.applyAsDouble(g) - 1});
        }
        return h;
    }

    /** A generation of a healthy run at the origin: unit C, sigma 1, no flat fitness, every rule quiet. */
    private static Snapshot at(int generations, FitnessHistory h, double[] sorted) {
        return new Snapshot(generations, h, sorted, ZEROS, 1, ONES, ZEROS, 1, 1, 0, unitAxis());
    }

    private static double[] unitAxis() {
        double[] a = new double[N];
        a[0] = 1;
        return a;
    }

    private static Snapshot with(Snapshot s, double sigma, double[] mean, double[] variances, double[] pc,
                                 double maxStd, double condition) {
        return new Snapshot(s.generations(), s.history(), s.sortedFitness(), mean, sigma, variances, pc, maxStd,
                condition, s.flatGenerations(), s.axis());
    }

    /** The reason reported as the stop reason: the first that holds, or null. */
    private static String first(Snapshot s) {
        List<String> all = STOP.reasons(s);
        return all.isEmpty() ? null : all.get(0);
    }

    @Test
    void defaultsFollowTheTutorialAndPycma() {
        assertEquals(40, STOP.funHistory());
        assertEquals(150, STOP.stagnation());
        // pycma's default 'maxiter': '100 + 150 * (N+3)**2 // popsize**0.5' is 8116 for N = 10, popsize = 10
        assertEquals(8116, STOP.maxIter());
        assertEquals(new Tolerances(1e-11, 1e-11, 1e-12, 1e20, 1), Tolerances.pycma());
        assertEquals(77, Termination.of(N, new Launch(10, new double[N], 1, 77), Tolerances.pycma()).maxIter());
    }

    @Test
    void aProgressingRunGoesOn() {
        FitnessHistory h = history(500, g -> -Math.exp(-0.01 * g));
        assertNull(first(at(500, h, new double[] {-1, -2})));
    }

    @Test
    void tolfunNeedsAFlatHistoryAndAFlatGeneration() {
        FitnessHistory flat = history(40, g -> -1);
        assertEquals(Termination.TOLFUN, first(at(40, flat, new double[] {-1, -1})));
        assertFalse(STOP.reasons(at(40, flat, new double[] {-1, -1.1})).contains(Termination.TOLFUN));
        assertFalse(STOP.reasons(at(39, history(39, g -> -1), new double[] {-1, -1})).contains(Termination.TOLFUN));
    }

    @Test
    void tolxConditionAndMaxiter() {
        Snapshot s = at(20, history(20, g -> -g), new double[] {-1, -2});
        assertEquals(Termination.TOLX, first(with(s, 1e-12, ZEROS, ONES, ZEROS, 1, 1)));
        double[] longPath = ZEROS.clone();
        longPath[3] = 100;
        assertNull(first(with(s, 1e-12, ZEROS, ONES, longPath, 1, 1)));
        assertEquals(Termination.CONDITION, first(with(s, 1, ZEROS, ONES, ZEROS, 1, 1.1e14)));
        assertEquals(Termination.CONDITION, first(with(s, 1, ZEROS, ONES, ZEROS, 1, Double.NaN)));
        assertEquals(Termination.MAXITER, first(at(STOP.maxIter(), s.history(), s.sortedFitness())));
    }

    @Test
    void everyReasonThatHoldsIsListed() {
        Snapshot s = at(20, history(20, g -> -g), new double[] {-1, -2});
        assertEquals(List.of(Termination.TOLX, Termination.CONDITION),
                STOP.reasons(with(s, 1e-12, ZEROS, ONES, ZEROS, 1, 1e15)));
    }

    @Test
    void stagnationComparesTheWindowsEnds() {
        double[] generation = {0, -5};
        // Improving then oscillating without gain: the last 30% is no better than the first 30%.
        FitnessHistory stuck = history(150, g -> (g % 2 == 0 ? 1 : -1));
        assertEquals(Termination.STAGNATION, first(at(150, stuck, generation)));
        assertNull(first(at(149, history(149, g -> g % 2), generation)));
        assertNull(first(at(150, history(150, g -> 1e-3 * g), generation)));
    }

    @Test
    void tolfunhistLooksAtTheBestAloneAfterTenGenerations() {
        // Best values within 1e-13 of each other while the generation itself is wide: tolfun does
        // not hold, tolfunhist does, but only with more than 9 generations of history.
        double[] wide = {-1, -50};
        FitnessHistory ten = history(10, g -> -1 + 1e-13 * (g % 2));
        assertEquals(List.of(Termination.TOLFUNHIST), STOP.reasons(at(10, ten, wide)));
        assertNull(first(at(9, history(9, g -> -1 + 1e-13 * (g % 2)), wide)));
        assertNull(first(at(10, history(10, g -> -1 + 1e-11 * (g % 2)), wide)));
        Termination off = Termination.of(N, Launch.of(10, new double[N], 1), new Tolerances(1e-11, 1e-11, 0, 1e20, 1));
        assertTrue(off.reasons(at(10, ten, wide)).isEmpty());
    }

    @Test
    void tolupsigmaComparesSigmaPerLargestDeviationWithSigma0() {
        Snapshot s = at(20, history(20, g -> -g), new double[] {-1, -2});
        Termination fromTwo = Termination.of(N, Launch.of(10, new double[N], 2), Tolerances.pycma());
        // sigma 1e21 with sigma_max(C) 1e-3: sigma / sd = 1e24 > 2 * 1e20; with sd 1e4 it is 1e17.
        assertEquals(List.of(Termination.TOLUPSIGMA), fromTwo.reasons(with(s, 1e21, ZEROS, ONES, ONES, 1e-3, 1)));
        assertTrue(fromTwo.reasons(with(s, 1e21, ZEROS, ONES, ONES, 1e4, 1)).isEmpty());
        // 1.9e20 / 1 is above 1e20 but below 2e20: the start's sigma0 is what counts.
        assertTrue(fromTwo.reasons(with(s, 1.9e20, ZEROS, ONES, ONES, 1, 1)).isEmpty());
        assertEquals(List.of(Termination.TOLUPSIGMA), STOP.reasons(with(s, 1.9e20, ZEROS, ONES, ONES, 1, 1)));
    }

    @Test
    void noeffectcoordWhenOneCoordinateCannotMove() {
        Snapshot s = at(20, history(20, g -> -g), new double[] {-1, -2});
        double[] mean = filled(1);
        double[] variances = ONES.clone();
        // 0.2 * 1e-17 added to 1.0 is lost (ulp(1) = 2.2e-16); every other coordinate still moves.
        variances[4] = 1e-34;
        assertEquals(List.of(Termination.NOEFFECTCOORD), STOP.reasons(with(s, 1, mean, variances, ONES, 1, 1)));
        variances[4] = 1e-30;
        assertTrue(STOP.reasons(with(s, 1, mean, variances, ONES, 1, 1)).isEmpty());
    }

    @Test
    void noeffectaxisWhenTheWholeAxisStepIsLost() {
        Snapshot s = at(20, history(20, g -> -g), new double[] {-1, -2});
        double[] mean = filled(1e6);
        double[] tiny = filled(1e-12);
        // 0.1 * 1e-12 per coordinate on top of 1e6 (ulp 1.2e-10) changes nothing.
        Snapshot lost = new Snapshot(20, s.history(), s.sortedFitness(), mean, 1, ONES, ONES, 1, 1, 0, tiny);
        assertEquals(List.of(Termination.NOEFFECTAXIS), STOP.reasons(lost));
        double[] oneMoves = tiny.clone();
        oneMoves[7] = 1;
        Snapshot moves = new Snapshot(20, s.history(), s.sortedFitness(), mean, 1, ONES, ONES, 1, 1, 0, oneMoves);
        assertTrue(STOP.reasons(moves).isEmpty());
        Snapshot separable = new Snapshot(20, s.history(), s.sortedFitness(), mean, 1, ONES, ONES, 1, 1, 0, null);
        assertTrue(STOP.reasons(separable).isEmpty(), "sep-CMA-ES has no axis rule");
    }

    @Test
    void tolflatfitnessCountsFlatGenerationsInARow() {
        // lambda 8: rank floor(0.75 * 8) = 6 is compared with the best.
        double[] flat = {-3, -3, -3, -3, -3, -3, -3, -9};
        double[] steep = {-3, -3, -3, -3, -3, -3, -4, -9};
        assertEquals(1, Snapshot.flatGenerations(0, flat));
        assertEquals(2, Snapshot.flatGenerations(1, flat));
        assertEquals(0, Snapshot.flatGenerations(5, steep));
        FitnessHistory h = history(20, g -> -g);
        Snapshot once = new Snapshot(20, h, flat, ZEROS, 1, ONES, ONES, 1, 1, 1, null);
        Snapshot twice = new Snapshot(20, h, flat, ZEROS, 1, ONES, ONES, 1, 1, 2, null);
        assertTrue(STOP.reasons(once).isEmpty(), "pycma tolerates one flat generation");
        assertEquals(List.of(Termination.TOLFLATFITNESS), STOP.reasons(twice));
    }
}
