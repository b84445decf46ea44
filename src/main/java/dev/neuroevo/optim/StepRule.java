package dev.neuroevo.optim;

import dev.neuroevo.config.Choice;

/** The step rules a job can name in {@code es.optimizer} and {@code sgd.optimizer}. */
public enum StepRule implements Choice {
    SGD, MOMENTUM, RMSPROP, ADAM
}
