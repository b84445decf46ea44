package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.task.functions.FunctionTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SepCmaEsTest {

    @Test
    @Tag("slow")
    void learnsASeparableEllipsoid() {
        long[] counts = Convergence.overSeeds("strategy.name = sep-cmaes, task.name = ellipsoid, function.dimension = 10,"
                + " cmaes.x0 = [1], cmaes.sigma0 = 0.5", 1e-8, 100_000);
        System.out.println("sep-CMA-ES, 10-D ellipsoid: " + Convergence.describe(counts) + ", median "
                + Convergence.median(counts));
        assertTrue(counts[9] != Convergence.FAILED, "all ten runs reach f < 1e-8");
        // Measured 1,965 (full CMA-ES: 4,045): a diagonal C learns an axis-parallel scaling faster.
        assertTrue(Convergence.median(counts) <= 2200);
    }

    @Test
    void tellRedrawsTheSamplesTheExecutorsBuilt() {
        Job job = Convergence.job("strategy.name = sep-cmaes, task.name = ellipsoid, function.dimension = 12", 4);
        SepCmaEs es = (SepCmaEs) job.strategy();
        Convergence.run(es, job, (before, plan, fitness, after) -> {
            Convergence.assertMeanIsWeightedBest(plan, fitness, es.parameters(), after.mean());
            return after.generation() < 40;
        });
    }

    @Test
    void runsAHundredThousandDimensionalSphereInLinearMemory() {
        int n = 100_000;
        Job job = Convergence.job("strategy.name = sep-cmaes, task.name = sphere, function.dimension = " + n
                + ", cmaes.x0 = [1], cmaes.sigma0 = 0.02", 1);
        SepCmaEs es = (SepCmaEs) job.strategy();
        FunctionTask sphere = (FunctionTask) job.task();
        assertEquals(38, es.parameters().lambda());
        SepCmaState s = Convergence.run(es, job, (before, plan, fitness, after) -> {
            SepCmaBreed breed = (SepCmaBreed) plan.breed();
            assertEquals(n, breed.mean().length);
            assertEquals(n, breed.d().length);
            return after.generation() < 3;
        });
        for (double[] a : new double[][] {s.mean(), s.c(), s.pc(), s.ps(), s.incumbent().weights()}) {
            assertEquals(n, a.length);
        }
        assertEquals(3, s.history().size());
        assertTrue(s.stopReasons().isEmpty());
        // sigma0 near the optimal sigma ||m|| mueff / n makes each generation's mean a little better.
        assertTrue(sphere.value(s.mean()) < n - 10, "the mean moved downhill from f(x0) = n: " + sphere.value(s.mean()));
        assertTrue(s.sigma() < 0.02, "CSA shrinks sigma when steps are uncorrelated");
    }
}
