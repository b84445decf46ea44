package dev.neuroevo.strategy.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.run.Job;
import dev.neuroevo.spark.SparkEvaluator;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** es.common-random-numbers: both members of a mirrored pair play the same episodes. */
class CommonRandomNumbersTest {
    private static final String JOB = "task { name = CartPole-v1, episodes = 3, final-episodes = 5 },"
            + " strategy { name = es, population = 16 }, stop.generations = 3, run.seed = 9,"
            + " task.normalize-observations = off, reselect.enabled = false";

    private static <S extends StrategyState> double[] firstGeneration(Strategy<S> strategy, Job job) {
        Plan plan = strategy.ask(strategy.init());
        return new LocalEvaluator(job.task(), job.spec(), job.seed()).evaluate(plan).fitness();
    }

    private static <S extends StrategyState> Plan firstPlan(Strategy<S> strategy) {
        return strategy.ask(strategy.init());
    }

    @Test
    void pairsShareEpisodeSeedsOnlyWhenOn() {
        Plan on = firstPlan(TestJobs.job(JOB, "es.common-random-numbers=true").strategy());
        Plan off = firstPlan(TestJobs.job(JOB).strategy());
        for (int k = 1; k < on.size(); k += 2) {
            assertEquals(on.individuals().get(k).episodeKey(), on.individuals().get(k + 1).episodeKey(), "pair " + k);
            assertNotEquals(off.individuals().get(k).episodeKey(), off.individuals().get(k + 1).episodeKey(), "pair " + k);
            // the first member of a pair keeps the episodes it plays without common random numbers
            assertEquals(off.individuals().get(k).episodeKey(), on.individuals().get(k).episodeKey());
        }
    }

    @Test
    void aPairWithTheSameEpisodesDiffersOnlyByItsPerturbation() {
        // with a vanishing sigma the pair's networks act alike: the same episodes give the same return
        double[] on = firstGeneration(TestJobs.job(JOB, "es.common-random-numbers=true", "es.sigma=1e-12").strategy(),
                TestJobs.job(JOB));
        double[] off = firstGeneration(TestJobs.job(JOB, "es.sigma=1e-12").strategy(), TestJobs.job(JOB));
        int differing = 0;
        for (int k = 1; k < on.length; k += 2) {
            assertEquals(on[k], on[k + 1], "pair " + k + " with common random numbers");
            differing += off[k] != off[k + 1] ? 1 : 0;
        }
        assertTrue(differing > 0, "without them, pairs play different episodes");
    }

    @Test
    void theRunIsTheSameOnEveryClusterShape() {
        Job job = TestJobs.job(JOB, "es.common-random-numbers=true");
        String reference = metrics(TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed())));
        assertNotEquals(metrics(TestJobs.run(TestJobs.job(JOB))), reference, "common random numbers change the run");
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("crn")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext jsc = new JavaSparkContext(conf);
             SparkEvaluator evaluator = new SparkEvaluator(jsc, job.task(), job.spec(), job.seed(), 3)) {
            assertEquals(reference, metrics(TestJobs.run(job, evaluator)));
        }
    }

    private static String metrics(TestJobs.Run run) {
        StringBuilder b = new StringBuilder();
        for (GenerationMetrics m : run.metrics()) {
            b.append(m.fitnessColumns()).append('\n');
        }
        return b.toString();
    }
}
