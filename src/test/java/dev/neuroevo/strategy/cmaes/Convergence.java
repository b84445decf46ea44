package dev.neuroevo.strategy.cmaes;

import com.typesafe.config.ConfigFactory;
import dev.neuroevo.Job;
import dev.neuroevo.config.Settings;
import dev.neuroevo.eval.LocalEvaluator;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import java.util.Arrays;
import java.util.List;

/** Runs a test-function job in-process and counts evaluations until f(best) drops below a target. */
final class Convergence {
    static final long FAILED = Long.MAX_VALUE;

    private Convergence() {
    }

    static Job job(String settings, long seed) {
        return Job.of(Settings.of(ConfigFactory.parseString(settings), List.of("run.seed = " + seed)));
    }

    /** Evaluations until f < target, or {@link #FAILED} once the strategy stops or the budget is spent. */
    static long evaluations(String settings, long seed, double target, long budget) {
        Job job = job(settings, seed);
        return evaluations(job.strategy(), job, target, budget);
    }

    private static <S extends StrategyState> long evaluations(Strategy<S> strategy, Job job, double target,
                                                              long budget) {
        LocalEvaluator evaluator = new LocalEvaluator(job.task(), job.spec(), job.seed());
        S state = strategy.init();
        long evaluations = 0;
        while (evaluations < budget && state.stopReason() == null) {
            Plan plan = strategy.ask(state);
            state = strategy.tell(state, plan, evaluator.evaluate(plan).fitness());
            evaluations += plan.size();
            if (-state.bestFitness() < target) {
                return evaluations;
            }
        }
        return FAILED;
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

    /** The median of ten sorted counts (a failure counts as infinitely many). */
    static double median(long[] sorted) {
        return sorted[5] == FAILED ? Double.POSITIVE_INFINITY : (sorted[4] + (double) sorted[5]) / 2;
    }
}
