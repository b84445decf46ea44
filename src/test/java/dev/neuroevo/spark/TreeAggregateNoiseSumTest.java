package dev.neuroevo.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.run.Job;
import dev.neuroevo.strategy.es.OpenAiEs;
import dev.neuroevo.strategy.es.WeightedNoise;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cluster's noise sum is the driver's, bit for bit, and brings back d-vectors, not the population. */
class TreeAggregateNoiseSumTest {
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        jsc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("tree-aggregate")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"));
    }

    @AfterAll
    static void stop() {
        jsc.close();
    }

    private static WeightedNoise shaped(int pairs, int dimension) {
        SplitMix64 rng = new SplitMix64(pairs);
        double[] c = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            c[p] = rng.uniform(-1, 1) / (pairs * 0.1);
        }
        return new WeightedNoise(5, 2, c, dimension);
    }

    @Test
    void sameBitsAsTheDriverForEveryPartitionCount() {
        WeightedNoise w = shaped(37, 3000);
        double[] driver = w.sumHere();
        for (int slices : new int[] {1, 2, 3, 8, 37, 100}) {
            assertArrayEquals(driver, new TreeAggregateNoiseSum(jsc, slices).sum(w), 0, slices + " partitions");
        }
    }

    @Test
    void theDriverReceivesDVectorsWhateverThePopulation() {
        ResultBytes bytes = new ResultBytes();
        jsc.sc().addSparkListener(bytes);
        try {
            int d = 4000;
            long small = collected(bytes, shaped(8, d));
            long large = collected(bytes, shaped(400, d));
            assertTrue(small >= 2 * 8L * d, "two partial sums of d longs: " + small);
            assertTrue(Math.abs(large - small) < 2000, "8 pairs: " + small + " bytes, 400 pairs: " + large);
        } finally {
            jsc.sc().removeSparkListener(bytes);
        }
    }

    private static long collected(ResultBytes bytes, WeightedNoise w) {
        long before = waitForEvents(bytes);
        new TreeAggregateNoiseSum(jsc, 2).sum(w);
        return waitForEvents(bytes) - before;
    }

    private static long waitForEvents(ResultBytes bytes) {
        try {
            jsc.sc().listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        return bytes.total();
    }

    @Test
    void aRunIsTheSameWhereverTheGradientIsSummed() {
        String hocon = "strategy.name = es, strategy.population = 24, task.episodes = 2, stop.generations = 3,"
                + " run.seed = 13, network.init-std = 0.2";
        Job driver = TestJobs.job(hocon);
        Job cluster = TestJobs.job(hocon, "es.gradient=tree-aggregate");
        assertSame(OpenAiEs.class, TestJobs.onCluster(jsc, hocon).strategy().getClass());
        assertFalse(isTreeAggregate(TestJobs.onCluster(jsc, hocon)), "auto keeps a small ES on the driver");
        Job big = TestJobs.job(hocon, "network.hidden=[1024, 1024]");
        assertTrue((long) 24 * big.spec().parameterCount() >= TreeAggregateNoiseSum.AUTO_FROM_DRAWS);
        assertTrue(isTreeAggregate(TestJobs.onCluster(jsc, hocon, "network.hidden=[1024, 1024]")),
                "auto sums a big ES's noise on the executors");
        assertFalse(isTreeAggregate(TestJobs.onCluster(jsc, hocon, "network.hidden=[1024, 1024]", "es.gradient=driver")),
                "driver stays driver");
        TestJobs.Run reference = TestJobs.run(driver,
                new LocalEvaluator(driver.task(), driver.spec(), driver.seed()));
        TestJobs.Run result;
        try (SparkEvaluator evaluator = new SparkEvaluator(jsc, cluster.task(), cluster.spec(), cluster.seed(), 3)) {
            result = TestJobs.run(TestJobs.onCluster(jsc, hocon, "es.gradient=tree-aggregate"), evaluator);
        }
        assertEquals(metrics(reference), metrics(result));
        assertArrayEquals(reference.bestWeights(), result.bestWeights(), 0);
    }

    private static boolean isTreeAggregate(Job job) {
        return ((OpenAiEs) job.strategy()).noiseSum() instanceof TreeAggregateNoiseSum;
    }

    private static String metrics(TestJobs.Run r) {
        StringBuilder b = new StringBuilder();
        for (GenerationMetrics m : r.metrics()) {
            b.append(m.fitnessColumns()).append('\n');
        }
        return b.toString();
    }
}
