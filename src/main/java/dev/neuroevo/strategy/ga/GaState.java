package dev.neuroevo.strategy.ga;

import dev.neuroevo.strategy.StrategyState;

/**
 * A GA between generations: the elites' weights followed by the selected parents' weights (the
 * next generation's broadcast), and the best individual seen so far.
 */
public record GaState(int generation, double[][] parents, double[] bestWeights, double bestFitness)
        implements StrategyState {
}
