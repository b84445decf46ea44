package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.task.functions.FunctionTask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CmaEsTest {
    private static final String TEN_D = "strategy.name = cmaes, function.dimension = 10, cmaes.sigma0 = 0.5, ";

    private static long[] countsOverSeeds(String settings) {
        long[] counts = Convergence.overSeeds(TEN_D + settings, 1e-8, 100_000);
        System.out.println(settings + ": evaluations to f < 1e-8 over seeds 1-10 " + Convergence.describe(counts)
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
        Job job = Convergence.job(TEN_D + "task.name = rosenbrock", 3);
        CmaEs es = strategy(job);
        CmaState last = Convergence.run(es, job, (before, plan, fitness, after) -> {
            Convergence.assertMeanIsWeightedBest(plan, fitness, es.parameters(), after.mean());
            return after.generation() < 60;
        });
        assertTrue(last.d()[0] / last.d()[9] > 2 || last.d()[9] / last.d()[0] > 2, "C has become anisotropic");
    }

    @Test
    void stateAndBroadcastSurviveSerialization() throws Exception {
        Job job = Convergence.job(TEN_D + "task.name = ellipsoid, cmaes.ipop-restarts = 1", 8);
        @SuppressWarnings("unchecked")
        Ipop<CmaState> ipop = (Ipop<CmaState>) job.strategy();
        IpopState<CmaState> s = Convergence.run(ipop, job, (before, plan, fitness, after) -> after.generation() < 20);
        Plan plan = ipop.ask(s);
        IpopState<CmaState> restored = roundTrip(s);
        Plan again = ipop.ask(restored);
        Plan shipped = new Plan(plan.generation(), roundTrip(plan.breed()), plan.individuals());
        for (int i = 0; i < plan.size(); i++) {
            assertArrayEquals(plan.weights(i), again.weights(i));
            assertArrayEquals(plan.weights(i), shipped.weights(i));
        }
        assertArrayEquals(s.inner().c(), restored.inner().c());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void sameSeedSameRun() {
        assertArrayEquals(meanAfter(5, 30), meanAfter(5, 30));
        assertNotEquals(Arrays.toString(meanAfter(5, 30)), Arrays.toString(meanAfter(6, 30)));
    }

    private static double[] meanAfter(long seed, int generations) {
        Job job = Convergence.job(TEN_D + "task.name = ellipsoid", seed);
        return Convergence.run(strategy(job), job, (before, plan, fitness, after) -> after.generation() < generations)
                .mean();
    }

    @Test
    void eigendecompositionIsLazyAndExact() {
        // In 200-D, 1 / (10 n (c1 + c_mu)) is about two generations: B and D are renewed every third
        // generation and otherwise kept, while C moves on every generation.
        Job job = Convergence.job("strategy.name = cmaes, task.name = ellipsoid, function.dimension = 200", 1);
        CmaEs es = strategy(job);
        double gap = es.parameters().eigenGap();
        assertTrue(gap > 1 && gap < 3, "gap " + gap);
        int n = 200;
        int[] lastAndKept = {0, 0};
        Convergence.run(es, job, (s, plan, fitness, next) -> {
            int g = next.generation();
            assertTrue(!Arrays.equals(next.c(), s.c()));
            if (g - lastAndKept[0] < gap) {
                assertTrue(next.b() == s.b() && next.d() == s.d(), "kept at generation " + g);
                lastAndKept[1]++;
            } else {
                lastAndKept[0] = g;
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
            assertEquals(lastAndKept[0], next.eigenGeneration());
            return g < 6;
        });
        assertTrue(lastAndKept[1] >= 2 && lastAndKept[0] > 0, "kept " + lastAndKept[1] + ", last update " + lastAndKept[0]);
    }

    @Test
    void stopsWithANamedReason() {
        Job job = Convergence.job(TEN_D + "task.name = sphere, cmaes.x0 = [1]", 2);
        CmaState s = Convergence.run(strategy(job), job, (before, plan, fitness, after) -> true);
        assertEquals(Termination.TOLFUN, s.stopReasons().get(0));
        assertTrue(((FunctionTask) job.task()).value(s.incumbent().weights()) < 1e-11);
        assertTrue(s.generation() < 400, "generations " + s.generation());
    }

    @Test
    @Tag("slow")
    void sphereWithinPycmaBudget() {
        assertTrue(Convergence.median(countsOverSeeds("task.name = sphere, cmaes.x0 = [1]")) <= 1470);
    }

    @Test
    @Tag("slow")
    void ellipsoidWithinPycmaBudget() {
        assertTrue(Convergence.median(countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1]")) <= 4300);
    }

    @Test
    @Tag("slow")
    void rosenbrockWithinPycmaBudget() {
        long[] counts = countsOverSeeds("task.name = rosenbrock, cmaes.x0 = [0]");
        assertTrue(Convergence.median(counts) <= 5450);
        assertTrue(counts[8] != Convergence.FAILED, "at least 9 of 10 runs succeed");
    }

    @Test
    @Tag("slow")
    void rotationCostsNoMoreThanTwice() {
        double plain = Convergence.median(countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1]"));
        double rotated = Convergence.median(
                countsOverSeeds("task.name = ellipsoid, cmaes.x0 = [1], function.rotated = true"));
        assertTrue(rotated <= 2 * plain, rotated + " vs " + plain);
    }
}
