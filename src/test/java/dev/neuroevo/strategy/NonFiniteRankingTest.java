package dev.neuroevo.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.TestJobs;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.run.GenerationRecord;
import dev.neuroevo.strategy.es.Shaping;
import org.junit.jupiter.api.Test;

/** NaN, +infinity and -infinity rank last, tied with each other, and are counted in the metrics. */
class NonFiniteRankingTest {
    private static final double[] F = {3, Double.POSITIVE_INFINITY, 1, Double.NaN, Double.NEGATIVE_INFINITY, 2};

    @Test
    void nonFiniteValuesRankLastInIdOrder() {
        assertArrayEquals(new int[] {0, 5, 2, 1, 3, 4}, Ranking.descending(F));
    }

    @Test
    void centeredRanksGiveThemTheSharedLowestRank() {
        double[] w = Shaping.CENTERED_RANKS.weights(F);
        assertEquals(w[1], w[3]);
        assertEquals(w[1], w[4]);
        assertTrue(w[1] < w[2] && w[2] < w[5] && w[5] < w[0]);
        double[] z = Shaping.Z_SCORE.weights(F);
        assertEquals(z[2], z[1]);
        assertTrue(Double.isFinite(z[1]) && z[0] > z[5]);
    }

    @Test
    void theGoalIgnoresThemAndTheMetricsCountThem() {
        Strategy<? extends StrategyState> ga = TestJobs.job("strategy.name = ga, strategy.population = 6, ga.parents = 2")
                .strategy();
        assertEquals(3.0, ga.goalFitness(null, F));
        GenerationMetrics m = GenerationMetrics.of(new GenerationRecord(0, F, 0, 6, 0, 0, 0, new double[0]));
        assertEquals(3, m.nonfinite());
    }

    @Test
    void aGeneticAlgorithmKeepsAFiniteBestOverAnInfiniteOne() {
        var job = TestJobs.job("strategy.name = ga, strategy.population = 6, ga.elites = 1, ga.parents = 2");
        check(job.strategy());
    }

    private static <S extends StrategyState> void check(Strategy<S> strategy) {
        S s = strategy.init();
        Plan plan = strategy.ask(s);
        S next = strategy.tell(s, plan, F);
        assertEquals(3.0, next.incumbent().fitness());
        assertArrayEquals(plan.weights(0), next.incumbent().weights(), 0);
    }
}
