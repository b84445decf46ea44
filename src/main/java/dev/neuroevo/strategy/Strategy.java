package dev.neuroevo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search strategy as ask/tell over an immutable state (evosax's shape): {@code ask} plans a
 * generation, {@code tell} folds its fitness back in. Fixed parameters live in the implementing
 * object; randomness comes only from the run seed held there, keyed by generation and individual.
 */
public interface Strategy<S extends StrategyState> {

    /** The name a job uses for this strategy. */
    String name();

    S init();

    Plan ask(S state);

    /** The next state, given one fitness per individual of {@code plan} in id order (higher is better). */
    S tell(S state, Plan plan, double[] fitness);

    /**
     * The next state when the evaluation trained the individuals ({@link TrainingBreed}): {@code trained}
     * holds each one's result in id order (null when the plan trained nothing). Strategies that only
     * score ignore it.
     */
    default S tell(S state, Plan plan, double[] fitness, Trained[] trained) {
        return tell(state, plan, fitness);
    }

    /** The state whose {@link StrategyState#view()} is {@code view}: what a checkpoint resumes from. */
    S restore(StateView view);

    /**
     * The generation's fitness that {@code stop.goal} is checked against: by default its best
     * individual's (a non-finite fitness never reaches a goal); a strategy that deploys something
     * else (ES deploys its mean) says so.
     */
    default double goalFitness(Plan plan, double[] fitness) {
        double best = Double.NEGATIVE_INFINITY;
        for (double f : fitness) {
            best = Math.max(best, Ranking.rankable(f));
        }
        return best;
    }

    /**
     * What re-selection scores again after the tell that made {@code state}, besides the
     * incumbent: by default the {@code count} fittest individuals of the generation, best first; a
     * strategy that deploys its search mean (ES, CMA-ES) names that mean instead.
     */
    default List<double[]> candidates(S state, Plan plan, double[] fitness, int count) {
        int[] order = Ranking.descending(fitness);
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r < Math.min(count, order.length); r++) {
            out.add(plan.weights(order[r]));
        }
        return out;
    }

    /** Entries this strategy adds to summary.json at the end of a run. */
    default Map<String, Object> summary(S state) {
        return Map.of();
    }

    /** Files this strategy adds to the run's output at the end (name to text), e.g. PBT's lineage. */
    default Map<String, String> files(S state) {
        return Map.of();
    }

    /** Names of the per-generation diagnostics this strategy reports (metrics.csv columns), fixed for a run. */
    default List<String> diagnosticNames() {
        return List.of();
    }

    /** The diagnostics of {@code state}, one per {@link #diagnosticNames()} name, after a tell. */
    default double[] diagnostics(S state) {
        return new double[0];
    }
}
