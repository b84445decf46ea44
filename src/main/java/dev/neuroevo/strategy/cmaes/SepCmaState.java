package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.StrategyState;

/**
 * sep-CMA-ES between generations: every array has n entries, {@code c} being the diagonal of the
 * covariance matrix.
 *
 * @param stopReason the first stop criterion that held after the last generation, or null
 */
public record SepCmaState(int generation, double[] mean, double sigma, double[] c, double[] pc, double[] ps,
                          FitnessHistory history, double[] bestWeights, double bestFitness, String stopReason)
        implements StrategyState {
}
