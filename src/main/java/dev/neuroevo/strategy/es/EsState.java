package dev.neuroevo.strategy.es;

import dev.neuroevo.strategy.StrategyState;

/**
 * OpenAI-ES between generations: the mean {@code theta} the next generation perturbs, the
 * optimizer's moments, the current learning rate and noise scale, and the last evaluated mean
 * with its fitness. That last pair is what the run reports as its best: ES deploys its mean, and
 * the mean of generation g-1 is the latest one with a measured fitness (the step taken after it is
 * not yet scored). Arrays are never written after construction.
 */
public record EsState(int generation, double[] theta, Optimizer.Moments moments, double learningRate,
                      double sigma, double[] bestWeights, double bestFitness) implements StrategyState {
}
