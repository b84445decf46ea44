package dev.neuroevo.strategy.pbt;

import dev.neuroevo.config.Choice;
import dev.neuroevo.random.SplitMix64;

/**
 * How a member that copied another changes the copied hyperparameters: perturb (each one, with
 * probability {@code resample-probability}, drawn afresh from its prior, else multiplied by 0.8 or
 * 1.2 with equal chance and kept inside the prior), or resample (each one drawn afresh).
 */
public enum Explore implements Choice {
    PERTURB, RESAMPLE;

    static final double DOWN = 0.8;
    static final double UP = 1.2;

    public Hyperparameters apply(Hyperparameters h, Priors priors, double resampleProbability, SplitMix64 rng) {
        double p = this == RESAMPLE ? 1 : resampleProbability;
        return new Hyperparameters(one(h.learningRate(), priors.learningRate(), p, rng),
                one(h.momentum(), priors.momentum(), p, rng), one(h.weightDecay(), priors.weightDecay(), p, rng),
                (int) Math.round(one(h.batchSize(), priors.batchSize(), p, rng)));
    }

    /** Two draws per hyperparameter whatever the outcome, so the streams stay aligned. */
    private static double one(double value, Prior prior, double p, SplitMix64 rng) {
        boolean resample = rng.nextDouble() < p;
        double factor = rng.nextDouble() < 0.5 ? DOWN : UP;
        return resample ? prior.sample(rng) : prior.clamp(value * factor);
    }
}
