package dev.neuroevo.strategy.es;

import dev.neuroevo.optim.Optimizer;

/**
 * The fixed settings of an OpenAI-ES run. {@code population} counts perturbations (pairs times two
 * when mirrored); the mean is scored besides them. Learning rate and sigma shrink by their decay
 * factor after every generation, down to their floors. With {@code commonRandomNumbers} both
 * members of a mirrored pair play the same episodes, so their difference is the perturbation's
 * and not the episodes'.
 */
public record EsOptions(int population, boolean mirrored, Shaping shaping, Optimizer optimizer, double learningRate,
                        double lrDecay, double lrMin, double sigma, double sigmaDecay, double sigmaMin,
                        double weightDecay, double initStd, boolean commonRandomNumbers) {

    /** Each member of a pair plays its own episodes. */
    public EsOptions(int population, boolean mirrored, Shaping shaping, Optimizer optimizer, double learningRate,
                     double lrDecay, double lrMin, double sigma, double sigmaDecay, double sigmaMin,
                     double weightDecay, double initStd) {
        this(population, mirrored, shaping, optimizer, learningRate, lrDecay, lrMin, sigma, sigmaDecay, sigmaMin,
                weightDecay, initStd, false);
    }

    public EsOptions {
        if (population < 2 || (mirrored && population % 2 != 0)) {
            throw new IllegalArgumentException("need population >= 2, and even when mirrored: " + population);
        }
    }
}
