package dev.neuroevo.strategy.es;

import dev.neuroevo.config.Choice;

/** The optimizers a job can name, and how each is made from its coefficients. */
public enum StepRule implements Choice {
    SGD, MOMENTUM, ADAM;

    /**
     * The optimizer; {@code momentum} is used by MOMENTUM, {@code beta1} and {@code beta2} by ADAM,
     * each below 1.
     */
    public Optimizer optimizer(double momentum, double beta1, double beta2) {
        return switch (this) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(momentum);
            case ADAM -> new Adam(beta1, beta2);
        };
    }
}
