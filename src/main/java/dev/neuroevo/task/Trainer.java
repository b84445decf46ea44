package dev.neuroevo.task;

import dev.neuroevo.optim.Moments;
import dev.neuroevo.optim.Optimizer;

/** Trains one network by gradient with buffers it owns; made by a task that has training data. */
public interface Trainer {

    /**
     * One epoch of minibatch steps over the training rows in an order drawn from {@code seed},
     * writing {@code weights} and {@code moments} in place; returns the trained network's fitness on
     * the validation rows (higher is better).
     */
    double epoch(double[] weights, Optimizer optimizer, Moments moments, double learningRate, double weightDecay,
                 long seed);

    /**
     * {@code steps} minibatch steps of {@code batchSize} rows (at most the batch size the trainer was
     * made for), in an order drawn from {@code seed}, writing {@code weights} and {@code moments} in
     * place; returns the trained network's validation fitness, as {@link #epoch} does.
     */
    double steps(double[] weights, Optimizer optimizer, Moments moments, double learningRate, double weightDecay,
                 int batchSize, int steps, long seed);

    /** The mean training loss of the last epoch's steps. */
    double lastLoss();

    /** Examples the last epoch trained on. */
    long lastSteps();
}
