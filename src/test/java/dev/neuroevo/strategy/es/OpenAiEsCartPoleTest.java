package dev.neuroevo.strategy.es;

import dev.neuroevo.TestJobs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.spark.SparkEvaluator;
import java.io.File;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** OpenAI-ES on CartPole-v1 with the settings of jobs/cartpole-es.conf. */
class OpenAiEsCartPoleTest {

    private static Job cartpole(String... overrides) {
        return TestJobs.fromFile("jobs/cartpole-es.conf", overrides);
    }

    private static TestJobs.Run run(Job job, Evaluator evaluator) {
        return TestJobs.run(job, evaluator);
    }

    @Test
    void solvesCartPoleWithinTheBudgetOnFixedSeeds() {
        for (int seed : new int[] {0, 1, 2}) {
            Job job = cartpole("run.seed = " + seed);
            TestJobs.Run r = run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
            assertEquals("goal", r.stopReason(), "seed " + seed);
            assertTrue(r.metrics().size() <= 200, "seed " + seed + ": " + r.metrics().size() + " generations");
            assertTrue(r.finalEvaluation().score() >= 475,
                    "seed " + seed + ": 100-episode mean " + r.finalEvaluation().score());
        }
    }

    @Test
    void sparkOnTwoCoresMatchesTheLocalEvaluator() {
        Job job = cartpole("run.seed = 5", "stop.generations = 6");
        TestJobs.Run local = run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
        TestJobs.Run spark;
        try (JavaSparkContext jsc = new JavaSparkContext("local[2]", "test");
             SparkEvaluator evaluator = new SparkEvaluator(jsc, job.task(), job.spec(), job.seed(), 3)) {
            spark = run(job, evaluator);
        }
        assertEquals(6, spark.metrics().size());
        for (int g = 0; g < 6; g++) {
            GenerationMetrics l = local.metrics().get(g);
            assertEquals(l.fitnessColumns(), spark.metrics().get(g).fitnessColumns());
        }
        assertTrue(spark.metrics().get(5).mean() > spark.metrics().get(0).mean(), "ES improves the population");
        assertArrayEquals(local.bestWeights(), spark.bestWeights(), 0);
    }
}
