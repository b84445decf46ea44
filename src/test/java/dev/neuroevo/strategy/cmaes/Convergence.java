package dev.neuroevo.strategy.cmaes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.Arrays;

/** Runs test-function jobs in-process: generation by generation, or until f(best) drops below a target. */
final class Convergence {
    static final long FAILED = Long.MAX_VALUE;

    /** Looks at one told generation; returns false to end the run. */
    @FunctionalInterface
    interface Step<S> {
        boolean check(S before, Plan plan, double[] fitness, S after);
    }

    private Convergence() {
    }

    static Job job(String settings, long seed) {
        return TestJobs.job(settings, "run.seed = " + seed);
    }

    /** Runs until the step says stop or the strategy names a stop reason; returns the last state. */
    static <S extends StrategyState> S run(Strategy<S> strategy, Job job, Step<S> step) {
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        S state = strategy.init();
        boolean goOn = true;
        while (goOn && state.stopReasons().isEmpty()) {
            Plan plan = strategy.ask(state);
            double[] fitness = evaluator.evaluate(plan).fitness();
            S next = strategy.tell(state, plan, fitness);
            goOn = step.check(state, plan, fitness, next);
            state = next;
        }
        return state;
    }

    /** Evaluations until f < target, or {@link #FAILED} once the strategy stops or the budget is spent. */
    static long evaluations(String settings, long seed, double target, long budget) {
        Job job = job(settings, seed);
        return evaluations(job.strategy(), job, target, budget);
    }

    private static <S extends StrategyState> long evaluations(Strategy<S> strategy, Job job, double target,
                                                              long budget) {
        long[] evaluations = {0};
        S last = run(strategy, job, (before, plan, fitness, after) -> {
            evaluations[0] += plan.size();
            return evaluations[0] < budget && -after.incumbent().fitness() >= target;
        });
        return -last.incumbent().fitness() < target ? evaluations[0] : FAILED;
    }

    /** Evaluations to target for seeds 1..10, sorted. */
    static long[] overSeeds(String settings, double target, long budget) {
        long[] out = new long[10];
        for (int seed = 1; seed <= 10; seed++) {
            out[seed - 1] = evaluations(settings, seed, target, budget);
        }
        Arrays.sort(out);
        return out;
    }

    /** The counts for printing, "failed" for a failure. */
    static String describe(long[] counts) {
        return Arrays.toString(Arrays.stream(counts).mapToObj(c -> c == FAILED ? "failed" : Long.toString(c))
                .toArray());
    }

    /** The median of ten sorted counts (a failure counts as infinitely many). */
    static double median(long[] sorted) {
        return sorted[5] == FAILED ? Double.POSITIVE_INFINITY : (sorted[4] + (double) sorted[5]) / 2;
    }

    /**
     * With c_m = 1 and positive weights summing to 1, the new mean is exactly the weighted mean of
     * the mu best x's as the executors built them: true only if tell redrew the same z's.
     */
    static void assertMeanIsWeightedBest(Plan plan, double[] fitness, CmaParameters p, double[] mean) {
        int[] order = Ranking.descending(fitness);
        double[] expected = new double[mean.length];
        double scale = 0;
        for (int r = 0; r < p.mu(); r++) {
            double[] x = plan.weights(order[r]);
            for (int i = 0; i < x.length; i++) {
                expected[i] += p.weights()[r] * x[i];
                scale = Math.max(scale, Math.abs(x[i]));
            }
        }
        assertArrayEquals(expected, mean, 1e-13 * (1 + scale));
    }
}
