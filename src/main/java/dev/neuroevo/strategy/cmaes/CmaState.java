package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.strategy.StrategyState;

/**
 * CMA-ES between generations. Matrices are n x n, row-major; C is the covariance matrix, and B
 * (eigenvectors as columns) and D (square roots of the eigenvalues) its eigendecomposition as of
 * generation {@code eigenGeneration}, which is what the next generation samples from: C may have
 * moved on since (pycma's lazy update).
 *
 * @param pc         the evolution path of the rank-one update
 * @param ps         the conjugate evolution path of step-size adaptation
 * @param stopReason the first stop criterion that held after the last generation, or null
 */
public record CmaState(int generation, double[] mean, double sigma, double[] c, double[] b, double[] d,
                       double[] pc, double[] ps, int eigenGeneration, FitnessHistory history, double[] bestWeights,
                       double bestFitness, String stopReason) implements StrategyState {
}
