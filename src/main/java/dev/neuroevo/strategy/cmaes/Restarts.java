package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;

/**
 * What {@link Ipop} and {@link Bipop} restart from: the inner strategy's maker, the start points,
 * the first run's population and step size, how many doubling restarts at most, and the run seed.
 */
public record Restarts<S extends StrategyState>(Start<S> start, StartPoints points, int population, double sigma0,
                                                int restarts, long seed) {

    /** The inner strategy of restart {@code restart} launched with {@code launch}. */
    Strategy<S> strategy(int restart, Launch launch) {
        return start.with(launch, Start.seed(seed, restart));
    }

    /** A launch of restart {@code restart} at its start point with {@code population} and {@code sigma0}. */
    Launch launch(int restart, int population, double sigma0, int maxIter) {
        return new Launch(population, points.of(seed, restart), sigma0, maxIter);
    }
}
