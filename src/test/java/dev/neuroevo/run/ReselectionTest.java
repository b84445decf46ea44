package dev.neuroevo.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.spark.SparkEvaluator;
import dev.neuroevo.task.Scorer;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** The run's best is re-selected on fresh episodes: what it reports is a re-evaluation, the same on every cluster shape. */
class ReselectionTest {
    /** Pendulum with one episode per evaluation: the training best is the luckiest start angle. */
    private static final String NOISY = "task { name = \"Pendulum-v1\", episodes = 1, final-episodes = 100 },"
            + " network { hidden = [8], activation = tanh }, strategy { name = ga, population = 24 },"
            + " mutation.sigma = 0.2, stop.generations = 5, run.seed = 4, reselect { episodes = 30, candidates = 5, confirm-episodes = 40 }";

    @Test
    void theReportedBestIsItsReevaluationAndCloserToTheFinalEvaluationThanTheTrainingBest() {
        Job job = TestJobs.job(NOISY);
        assertNotNull(job.reselection(), "auto: on for environments");
        TestJobs.Run run = TestJobs.run(job);
        Reselected r = run.result().reselected();
        assertNotNull(r);
        assertArrayEquals(r.weights(), run.bestWeights(), "the exported best is the re-selected one");
        // the reported score is the chosen weights scored on the report's episodes (child 2), not on
        // the episodes that chose them (child 0) nor those the goal checks (child 1)
        long chosenOn = SplitMix64.key(job.seed(), r.generation(), 0, Purpose.RESELECT);
        long confirmedOn = SplitMix64.key(job.seed(), r.generation(), Reselection.REPORT_SET, Purpose.RESELECT);
        Scorer chooser = job.task().reassessor(job.spec(), 30);
        Scorer confirmer = job.task().reassessor(job.spec(), 40);
        assertEquals(chooser.score(r.weights(), chosenOn), r.score());
        assertEquals(confirmer.score(r.weights(), confirmedOn), r.confirmedScore());
        assertEquals(confirmer.lastStandardError(), r.confirmedError());
        assertEquals(40, r.confirmation().episodes());
        assertTrue(r.confirmedError() > 0, "40 episodes from different angles spread");
        double fin = run.finalEvaluation().score();
        double trainingGap = Math.abs(run.bestFitness() - fin);
        double reselectedGap = Math.abs(r.confirmedScore() - fin);
        assertTrue(reselectedGap < trainingGap, "confirmed " + r.confirmedScore() + " and training best "
                + run.bestFitness() + " against the final evaluation " + fin);
        GenerationMetrics last = run.metrics().get(run.metrics().size() - 1);
        double[] d = last.diagnostics();
        assertEquals(r.score(), d[d.length - 4], "metrics.csv's reselected column");
        assertEquals(r.standardError(), d[d.length - 3], "metrics.csv's reselected_se column");
        assertTrue(Double.isNaN(d[d.length - 2]), "no goal: no generation is confirmed, only the end");
    }

    @Test
    void stopGoalChecksTheConfirmationOfAChoiceThatReachedIt() {
        List<GenerationMetrics> free = TestJobs.run(TestJobs.job(NOISY)).metrics();
        double lucky = free.get(0).best();
        double[] chosen = column(free, 4);
        assertTrue(chosen[0] < lucky, "generation 0's luckiest draw beats its re-selection");
        // a goal between them: training's best reaches it at once, the re-selected score only later if at all
        double goal = (chosen[0] + lucky) / 2;
        Job job = TestJobs.job(NOISY, "stop.goal=" + goal);
        TestJobs.Run run = TestJobs.run(job);
        double[] again = column(run.metrics(), 4);
        double[] confirmed = column(run.metrics(), 2);
        int last = again.length - 1;
        assertTrue(last >= 1, "generation 0's choice is below the goal: no stop on the lucky draw");
        assertArrayEquals(Arrays.copyOf(chosen, again.length), again, "confirmations do not change the choices");
        for (int g = 0; g <= last; g++) {
            assertEquals(again[g] >= goal, !Double.isNaN(confirmed[g]), "a choice is confirmed when it reaches the goal");
            assertTrue(g == last || !(confirmed[g] >= goal), "the run goes on until a confirmation reaches the goal");
        }
        assertEquals(confirmed[last] >= goal ? StopRule.GOAL : StopRule.BUDGET, run.stopReason());
        Reselected r = run.result().reselected();
        assertEquals(StopRule.GOAL, run.stopReason(), "this goal is reached within the budget");
        long goalSet = SplitMix64.key(job.seed(), r.generation(), Reselection.GOAL_SET, Purpose.RESELECT);
        assertEquals(job.task().reassessor(job.spec(), 40).score(r.weights(), goalSet), confirmed[last],
                "the goal checked the confirmation on child 1");
        assertNotEquals(confirmed[last], r.confirmedScore(), "the score reported is the report set's, child 2");
        TestJobs.Run off = TestJobs.run(TestJobs.job(NOISY, "stop.goal=" + goal, "reselect.enabled=false"));
        assertEquals(1, off.metrics().size(), "without re-selection the lucky draw stops the run");
        assertEquals(StopRule.GOAL, off.stopReason());
    }

    /** metrics.csv's {@code fromEnd}-th last column. */
    private static double[] column(List<GenerationMetrics> metrics, int fromEnd) {
        return metrics.stream().mapToDouble(m -> m.diagnostics()[m.diagnostics().length - fromEnd]).toArray();
    }

    @Test
    void everyKeepsTheBestBetweenReselections() {
        TestJobs.Run run = TestJobs.run(TestJobs.job(NOISY, "reselect.every=2"));
        List<GenerationMetrics> m = run.metrics();
        int column = m.get(0).diagnostics().length - 4;
        assertTrue(Double.isNaN(m.get(0).diagnostics()[column]), "nothing re-selected after generation 0");
        assertEquals(m.get(1).diagnostics()[column], m.get(2).diagnostics()[column], "generation 2 keeps 1's");
        assertEquals(3, run.result().reselected().generation(), "the last re-selection followed generation 3");
    }

    private static String onSpark(Job job, String master, int partitions) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("reselection")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        try (JavaSparkContext jsc = new JavaSparkContext(conf);
             SparkEvaluator evaluator = new SparkEvaluator(jsc, job.task(), job.spec(), job.seed(), partitions)) {
            return outcome(TestJobs.run(job, evaluator));
        }
    }

    /** Every metric but the wall times, the exported best and its final evaluation. */
    private static String outcome(TestJobs.Run run) {
        StringBuilder b = new StringBuilder();
        for (GenerationMetrics m : run.metrics()) {
            b.append(m.fitnessColumns()).append(' ').append(Arrays.toString(m.diagnostics())).append('\n');
        }
        b.append(Arrays.toString(run.bestWeights())).append('\n').append(run.bestNormalizer() == null ? ""
                : Arrays.toString(run.bestNormalizer().mean())).append(run.finalEvaluation().fields());
        return b.toString();
    }

    @Test
    void theSameBitsOnEveryClusterShape() {
        for (String strategy : List.of("ga", "es")) {
            // es normalises its inputs: each candidate is scored with its own normaliser
            Job job = TestJobs.job("task { name = CartPole-v1, episodes = 2, final-episodes = 10,"
                    + " normalize-observations = on }, strategy.population = 12, stop.generations = 3, run.seed = 5,"
                    + " reselect { episodes = 4, candidates = 3 }", "strategy.name=" + strategy);
            TestJobs.Run local = TestJobs.run(job, new LocalEvaluator(job.task(), job.spec(), job.seed()));
            assertNotNull(local.result().reselected(), strategy);
            String reference = outcome(local);
            assertEquals(reference, onSpark(job, "local[1]", 1), strategy + " local[1], 1 partition");
            assertEquals(reference, onSpark(job, "local[2]", 3), strategy + " local[2], 3 partitions");
        }
    }

    @Test
    void autoLeavesTestFunctionsUserFitnessSgdAndPbtAlone() {
        assertNull(TestJobs.fromFile("jobs/sphere-cmaes.conf").reselection(), "sphere");
        assertNull(TestJobs.fromFile("jobs/rastrigin-bipop.conf").reselection(), "rastrigin");
        assertNull(TestJobs.job("task.class = \"" + ConstantFitness.class.getName() + "\"").reselection(), "a user's fitness");
        assertNull(TestJobs.wiring("task.name = classification, data.path = nowhere.csv, strategy.name = sgd")
                .applied().stream().filter(k -> k.startsWith("reselect.") && !k.equals("reselect.enabled"))
                .findAny().orElse(null), "sgd reads no re-selection setting");
        assertTrue(TestJobs.wiring("task.name = classification, data.path = nowhere.csv")
                .applied().contains("reselect.every"), "minibatch fitness re-selects by default");
        // off, a test function's run is the run it was before: the metrics have no re-selection column
        TestJobs.Run sphere = TestJobs.run(TestJobs.fromFile("jobs/sphere-cmaes.conf", "stop.generations=3"));
        assertNull(sphere.result().reselected());
        assertEquals(2, sphere.metrics().get(0).diagnostics().length, "sigma and condition only");
    }

    @Test
    void onATestFunctionTheReselectedScoreIsItsExactFitness() {
        Job job = TestJobs.fromFile("jobs/sphere-cmaes.conf", "stop.generations=4", "reselect.enabled=true",
                "reselect.episodes=2");
        TestJobs.Run run = TestJobs.run(job);
        Reselected r = run.result().reselected();
        assertEquals(job.task().scorer(job.spec()).score(r.weights(), 0), r.score(), "a deterministic fitness");
        assertEquals(0, r.standardError(), "no spread over seeds");
        assertEquals(r.score(), r.confirmedScore(), 1e-12, "confirmed: the same fitness (a mean of 100 equal values)");
        assertTrue(r.score() >= run.bestFitness(), "the incumbent is a candidate, scored exactly: "
                + r.score() + " against " + run.bestFitness());
    }

    @Test
    void badSettingsNameTheSetting() {
        assertError("reselect.every", "reselect.every=0");
        assertError("reselect.episodes", "reselect.episodes=0");
        assertError("reselect.candidates", "reselect.candidates=-1");
        assertError("reselect.confirm-episodes", "reselect.confirm-episodes=0");
        assertError("reselect.enabled", "reselect.enabled=maybe");
        assertError("reselect.enabled", "task.name=classification", "data.path=x.csv", "strategy.name=pbt",
                "reselect.enabled=true");
        assertError("reselect.enabled", "task.name=classification", "data.path=x.csv", "data.validation-fraction=0");
        assertError("es.common-random-numbers", "strategy.name=es", "es.mirrored=false", "strategy.population=5",
                "es.common-random-numbers=true");
    }

    private static void assertError(String key, String... sets) {
        ConfigError e = assertThrows(ConfigError.class, () -> TestJobs.wiring("", sets));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    /** A user's fitness: auto leaves it without re-selection. */
    public static final class ConstantFitness implements dev.neuroevo.task.Fitness {
        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public int outputs() {
            return 1;
        }

        @Override
        public double evaluate(Network network, long seed) {
            return network.forward(new double[] {1, 0})[0];
        }
    }
}
