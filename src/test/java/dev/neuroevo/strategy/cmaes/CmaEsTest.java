package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.Job;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.task.functions.FunctionTask;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CmaEsTest {
    private static final String TEN_D = "strategy.name = cmaes, function.dimension = 10, cmaes.sigma0 = 0.5, ";

    private static long[] countsOverSeeds(String settings) {
        long[] counts = Convergence.overSeeds(TEN_D + settings, 1e-8, 100_000);
        System.out.println(settings + ": evaluations to f < 1e-8 over seeds 1-10 " + Arrays.toString(counts)
                + ", median " + Convergence.median(counts));
        return counts;
    }

    private static CmaEs strategy(Job job) {
        return (CmaEs) job.strategy();
    }

    @Test
    void parametersMatchPycma() {
        // pycma's CMAParameters docstring: 20-D, popsize 12.
        CmaParameters p = CmaParameters.of(20, 12);
        assertEquals(6, p.mu());
        assertEquals(0.00437235, p.c1(), 1e-8);
        assertEquals(0.171767, p.cc(), 1e-6);
        assertEquals(0.00921656, p.cMu(), 1e-8);
        assertEquals(0.4024029428, p.weights()[0], 1e-10);
        assertEquals(0.01720770576, p.weights()[5], 1e-10);
        assertEquals(-0.05018713636, p.weights()[6], 1e-10);
        assertEquals(-0.4152044225, p.weights()[11], 1e-10);
        assertEquals(10, CmaParameters.defaultLambda(10));
        assertEquals(18, CmaParameters.defaultLambda(114));
    }

    @Test
    void tellRedrawsTheSamplesTheExecutorsBuilt() {
        // With c_m = 1 and positive weights summing to 1, the new mean is exactly the weighted mean of
        // the mu best x's as built from the broadcast: true only if tell redraws the same z's.
        Job job = Convergence.job(TEN_D + "task.name = rosenbrock", 3);
        CmaEs es = strategy(job);
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        CmaState s = es.init();
        for (int g = 0; g < 60; g++) {
            Plan plan = es.ask(s);
            double[] fitness = evaluator.evaluate(plan).fitness();
            CmaState next = es.tell(s, plan, fitness);
            int[] order = Ranking.descending(fitness);
            double[] expected = new double[10];
            for (int r = 0; r < es.parameters().mu(); r++) {
                double[] x = plan.weights(order[r]);
                for (int i = 0; i < 10; i++) {
                    expected[i] += es.parameters().weights()[r] * x[i];
                }
            }
            assertArrayEquals(expected, next.mean(), 1e-12 * (1 + Math.abs(s.sigma())));
            s = next;
        }
        assertTrue(s.d()[0] / s.d()[9] > 2 || s.d()[9] / s.d()[0] > 2, "C has become anisotropic");
    }

    @Test
    void sameSeedSameRun() {
        assertArrayEquals(meanAfter(5, 30), meanAfter(5, 30));
        assertNotEquals(Arrays.toString(meanAfter(5, 30)), Arrays.toString(meanAfter(6, 30)));
    }

    private static double[] meanAfter(long seed, int generations) {
        Job job = Convergence.job(TEN_D + "task.name = ellipsoid", seed);
        CmaEs es = strategy(job);
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        CmaState s = es.init();
        for (int g = 0; g < generations; g++) {
            Plan plan = es.ask(s);
            s = es.tell(s, plan, evaluator.evaluate(plan).fitness());
        }
        return s.mean();
    }

    @Test
    void eigendecompositionIsLazyAndExact() {
        // In 200-D, 1 / (10 n (c1 + c_mu)) is about two generations: B and D are renewed every third
        // generation and otherwise kept, while C moves on every generation.
        Job job = Convergence.job("strategy.name = cmaes, task.name = ellipsoid, function.dimension = 200", 1);
        CmaEs es = strategy(job);
        double gap = es.parameters().eigenGap();
        assertTrue(gap > 1 && gap < 3, "gap " + gap);
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        CmaState s = es.init();
        int n = 200;
        int last = 0;
        int kept = 0;
        for (int g = 1; g <= 6; g++) {
            Plan plan = es.ask(s);
            CmaState next = es.tell(s, plan, evaluator.evaluate(plan).fitness());
            assertTrue(!Arrays.equals(next.c(), s.c()));
            if (g - last < gap) {
                assertTrue(next.b() == s.b() && next.d() == s.d(), "kept at generation " + g);
                kept++;
            } else {
                last = g;
                for (int i = 0; i < n; i += 37) {
                    for (int j = 0; j < n; j += 41) {
                        double bdb = 0;
                        for (int k = 0; k < n; k++) {
                            bdb += next.b()[i * n + k] * next.d()[k] * next.d()[k] * next.b()[j * n + k];
                        }
                        assertEquals(next.c()[i * n + j], bdb, 1e-12);
                    }
                }
            }
            assertEquals(last, next.eigenGeneration());
            s = next;
        }
        assertTrue(kept >= 2 && last > 0, "kept " + kept + ", last update " + last);
    }

    @Test
    void stopsWithANamedReason() {
        Job job = Convergence.job(TEN_D + "task.name = sphere, cmaes.x0 = [1]", 2);
        CmaEs es = strategy(job);
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        CmaState s = es.init();
        while (s.stopReason() == null) {
            Plan plan = es.ask(s);
            s = es.tell(s, plan, evaluator.evaluate(plan).fitness());
        }
        assertEquals(Termination.TOLFUN, s.stopReason());
        assertTrue(((FunctionTask) job.task()).value(s.bestWeights()) < 1e-11);
        assertTrue(s.generation() < 400, "generations " + s.generation());
    }

    @Test
    void sphereWithinPycmaBudget() {
        assertTrue(Convergence.median(countsOverSeeds("task.name = sphere, cmaes.x0 = [1]")) <= 1470);
    }

    @Test
    void ellipsoidWithinPycmaBudget() {
        assertTrue(Convergence.median(countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1]")) <= 4300);
    }

    @Test
    void rosenbrockWithinPycmaBudget() {
        long[] counts = countsOverSeeds("task.name = rosenbrock, cmaes.x0 = [0]");
        assertTrue(Convergence.median(counts) <= 5450);
        assertTrue(counts[8] != Convergence.FAILED, "at least 9 of 10 runs succeed");
    }

    @Test
    void rotationCostsNoMoreThanTwice() {
        double plain = Convergence.median(countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1]"));
        double rotated = Convergence.median(
                countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1], function.rotated = true"));
        assertTrue(rotated <= 2 * plain, rotated + " vs " + plain);
    }
}
