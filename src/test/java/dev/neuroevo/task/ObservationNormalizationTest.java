package dev.neuroevo.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.ModelFile;
import org.junit.jupiter.api.Test;

class ObservationNormalizationTest {

    @Test
    void statisticsGiveMeanStdAndClipping() {
        ObservationStats.Accumulator acc = new ObservationStats.Accumulator(2);
        acc.add(new double[] {1, 10});
        acc.add(new double[] {3, 10});
        ObservationStats a = acc.snapshot();
        ObservationStats b = new ObservationStats(2, new double[] {10, 20}, new double[] {52, 200});
        ObservationStats m = a.merge(b);
        assertEquals(4, m.count());
        InputNormalizer n = m.normalizer();
        // Column 0: 1, 3, 4, 6 -> mean 3.5, variance 3.25. Column 1: constant 10 -> variance floored at 1e-2.
        assertArrayEquals(new double[] {3.5, 10}, n.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(3.25), 0.1}, n.std(), 1e-12);
        double[] out = new double[2];
        n.apply(new double[] {3.5 + Math.sqrt(3.25), 11}, out);
        assertArrayEquals(new double[] {1, 5}, out, 1e-12, "clipped at 5");
        InputNormalizer identity = ObservationStats.empty(2).normalizer();
        identity.apply(new double[] {0.3, -0.7}, out);
        assertArrayEquals(new double[] {0.3, -0.7}, out, 0);
    }

    @Test
    void esNormalisesByDefaultAndTheExportedModelReproducesItsScore() {
        Job job = TestJobs.job("strategy.name = es, strategy.population = 10, task.episodes = 2, stop.generations = 3,"
                + " task.final-episodes = 10");
        assertTrue(job.normalizeInputs(), "on by default for es on an environment");
        TestJobs.Run r = TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
        assertNotNull(r.bestNormalizer());
        assertTrue(r.bestNormalizer().mean()[0] != 0, "statistics gathered from rollouts");
        ModelFile model = ModelFile.parse(new ModelFile(job.task().id(), job.spec(), r.bestWeights(),
                r.bestNormalizer(), null).toJson());
        long seed = SplitMix64.key(job.seed(), 0, 0, Purpose.FINAL_EVALUATION);
        assertEquals(r.finalEvaluation().score(),
                job.task().finalEvaluation(model.spec(), model.weights(), model.normalizer(), seed).score(), 0);
    }

    @Test
    void gaDoesNotNormaliseUnlessAsked() {
        Job ga = TestJobs.job("strategy.name = elitist, strategy.population = 8, task.episodes = 1, stop.generations = 2");
        assertTrue(!ga.normalizeInputs());
        TestJobs.Run r = TestJobs.run(ga, new LocalEvaluator(ga.task(), ga.spec(), ga.seed()));
        assertNull(r.bestNormalizer());
        Job on = TestJobs.job("strategy.name = elitist, strategy.population = 8, task.episodes = 1, stop.generations = 2,"
                + " task.normalize-observations = on");
        assertNotNull(TestJobs.run(on, new LocalEvaluator(on.task(), on.spec(), on.seed()))
                .bestNormalizer());
    }
}
