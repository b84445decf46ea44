package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.StrategyState;

/**
 * An IPOP run between generations: the state of the current (re)start and the best over all of
 * them. {@code generation} counts across restarts; the inner state counts from its own start.
 *
 * @param stopReason the inner stop reason once no restart is left, else null
 */
public record IpopState<S extends StrategyState>(int generation, int restart, S inner, double[] bestWeights,
                                                 double bestFitness, String stopReason) implements StrategyState {
}
