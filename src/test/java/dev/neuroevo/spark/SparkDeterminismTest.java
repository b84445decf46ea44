package dev.neuroevo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same per-generation metrics whatever the master and partition count,
 * and on the driver's threads (a local master's default) as in Spark's jobs.
 */
class SparkDeterminismTest {

    private static String metrics(TestJobs.Run r) {
        StringBuilder b = new StringBuilder();
        for (GenerationMetrics m : r.metrics()) {
            b.append(m.fitnessColumns()).append('\n');
        }
        return b.toString();
    }

    private static String runOnSpark(Job job, String master, int partitions) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("determinism")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext jsc = new JavaSparkContext(conf);
             SparkEvaluator evaluator = new SparkEvaluator(jsc, job.task(), job.spec(), job.seed(), partitions)) {
            return metrics(TestJobs.run(job, evaluator));
        }
    }

    @Test
    void sameMetricsOnEveryClusterShape() {
        Set<String> references = new HashSet<>();
        for (String strategy : List.of("elitist", "ga", "es")) {
            Job job = TestJobs.job("strategy.population = 24, task.episodes = 3, stop.generations = 4, run.seed = 11,"
                    + " ga.parents = 6, ga.selection = tournament", "strategy.name=" + strategy);
            String reference = metrics(TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed())));
            assertEquals(4, reference.lines().count(), "one line per generation");
            assertTrue(references.add(reference), strategy + " must not score like another strategy");
            assertEquals(reference, runOnSpark(job, "local[1]", 1), strategy + " local[1], 1 partition");
            assertEquals(reference, runOnSpark(job, "local[2]", 1), strategy + " local[2], 1 partition");
            assertEquals(reference, runOnSpark(job, "local[2]", 3), strategy + " local[2], 3 partitions");
            assertEquals(reference, runOnSpark(job, "local[2]", 8), strategy + " local[2], 8 partitions");
            try (LocalEvaluator threads = new LocalEvaluator(job.task(), job.spec(), job.seed(), 2, 3)) {
                assertEquals(reference, metrics(TestJobs.run(job, threads)), strategy + " 2 threads, 3 slices");
            }
        }
    }

    @Test
    void breedsTooBigToTravelInTheJobAreBroadcastWithTheSameResult() {
        for (String strategy : List.of("elitist", "es")) {
            Job job = TestJobs.job("strategy.population = 6, task.episodes = 2, stop.generations = 3, run.seed = 3,"
                    + " network.hidden = [128, 128]", "strategy.name=" + strategy);
            assertTrue(job.spec().parameterCount() > SparkEvaluator.INLINE_VALUES, "the breed takes the broadcast path");
            String reference = metrics(TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed())));
            assertEquals(reference, runOnSpark(job, "local[2]", 3), strategy);
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Job a = TestJobs.job("strategy.population = 16, task.episodes = 2, stop.generations = 2, run.seed = 1");
        Job b = TestJobs.job("strategy.population = 16, task.episodes = 2, stop.generations = 2, run.seed = 2");
        String ma = metrics(TestJobs.run(a, new LocalEvaluator(a.task(), a.spec(), a.seed())));
        String mb = metrics(TestJobs.run(b, new LocalEvaluator(b.task(), b.spec(), b.seed())));
        assertTrue(!ma.equals(mb));
    }
}
