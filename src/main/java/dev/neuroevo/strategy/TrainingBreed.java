package dev.neuroevo.strategy;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.optim.Optimizer;

/**
 * A breed whose individuals are trained by gradient where the data is, rather than scored as
 * they are: it carries the weights ({@link #build}), the optimizer with its moments, and the
 * step's hyperparameters; the evaluation returns each individual {@link Trained}.
 */
public interface TrainingBreed extends Breed {

    Optimizer optimizer();

    /** The moments to continue from; never written (the trainer works on a copy). */
    Moments moments();

    double learningRate();

    double weightDecay();

    /** Examples per gradient step. */
    int batchSize();
}
